use std::mem;
pub trait Marker {}
impl Marker for u32 {}
impl Marker for [u8; 4] {}
const fn raw() -> *const dyn Marker {
    &0x1234_5678u32 as *const u32 as *const dyn Marker
}
pub const IS_NULL: bool = (raw() as *const u8).is_null();
pub const BACK: u32 = unsafe { *(raw() as *const u32) };
const fn from_ref() -> *const dyn Marker {
    &[1u8, 2, 3, 4] as &dyn Marker
}
pub const FIRST: u8 = unsafe { *(from_ref() as *const u8) };
pub const THIRD: u8 = unsafe { *(from_ref() as *const u8).add(2) };
pub const SIZE: usize = unsafe { mem::size_of_val(&*from_ref()) };
const OBJ: &dyn Marker = &77u32;
pub const READ: u32 = unsafe { *(OBJ as *const dyn Marker as *const u32) };
pub const PARTS: usize = mem::size_of::<*const dyn Marker>() + mem::size_of::<&dyn Marker>() + mem::size_of::<Option<&dyn Marker>>();
