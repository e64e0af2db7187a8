use std::mem;
pub trait Marker {}
impl Marker for u32 {}
impl Marker for [u8; 4] {}
const RAW: *const dyn Marker = &0x1234_5678u32 as *const u32 as *const dyn Marker;
pub const IS_NULL: bool = (RAW as *const u8).is_null();
pub const BACK: u32 = unsafe { *(RAW as *const u32) };
const FROM_REF: *const dyn Marker = &[1u8, 2, 3, 4] as &dyn Marker;
pub const FIRST: u8 = unsafe { *(FROM_REF as *const u8) };
pub const THIRD: u8 = unsafe { *(FROM_REF as *const u8).add(2) };
pub const SIZE: usize = unsafe { mem::size_of_val(&*FROM_REF) };
const OBJ: &dyn Marker = &77u32;
pub const READ: u32 = unsafe { *(OBJ as *const dyn Marker as *const u32) };
pub const PARTS: usize = mem::size_of::<*const dyn Marker>() + mem::size_of::<&dyn Marker>() + mem::size_of::<Option<&dyn Marker>>();
