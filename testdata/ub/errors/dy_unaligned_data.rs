use std::mem;
pub trait Shape {}
impl Shape for u8 {}
impl Shape for u32 {}
impl Shape for bool {}
impl Shape for char {}
const VT: *const () = unsafe { mem::transmute::<&dyn Shape, (*const u8, *const ())>(&1u32).1 };
const BYTES: &[u32; 2] = &[0; 2];
pub const BAD: &dyn Shape = unsafe { mem::transmute(((BYTES as *const u32 as *const u8).wrapping_add(1), VT)) };
