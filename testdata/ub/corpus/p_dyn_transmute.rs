use std::mem;
pub trait Unit {}
impl Unit for u32 {}
impl Unit for u8 {}
const fn parts() -> (*const u8, *const ()) {
    unsafe { mem::transmute::<&dyn Unit, (*const u8, *const ())>(&9u32) }
}
const BACK: &dyn Unit = unsafe { mem::transmute::<(*const u8, *const ()), &dyn Unit>(parts()) };
pub const SIZE: usize = mem::size_of_val(BACK);
pub const ALIGN: usize = mem::align_of_val(BACK);
pub const VALUE: u32 = unsafe { *(parts().0 as *const u32) };
pub const NOT_NULL: bool = !parts().1.is_null();
const fn raw() -> *const dyn Unit {
    unsafe { mem::transmute::<&dyn Unit, *const dyn Unit>(&3u8) }
}
pub const RAW_SIZE: usize = unsafe { mem::size_of_val(&*raw()) };
pub const SAME_SIZE: bool = mem::size_of::<&dyn Unit>() == 2 * mem::size_of::<usize>();
