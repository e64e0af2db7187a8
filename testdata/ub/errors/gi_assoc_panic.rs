pub struct PrintName<T>(T);
impl<T> PrintName<T> {
    pub const VOID: () = panic!();
}
pub const X: () = PrintName::<i32>::VOID;
