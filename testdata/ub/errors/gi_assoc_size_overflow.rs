use std::mem::size_of;
pub struct Pad<T>(T);
impl<T> Pad<T> {
    pub const BYTES: usize = size_of::<T>() - 1;
}
pub const OK: usize = Pad::<u32>::BYTES;
pub const BAD: usize = Pad::<()>::BYTES;
