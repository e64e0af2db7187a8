use std::mem;
pub trait Shape {}
impl Shape for u8 {}
impl Shape for u32 {}
impl Shape for bool {}
impl Shape for char {}
const VT: *const () = unsafe { mem::transmute::<&dyn Shape, (*const u8, *const ())>(&1u32).1 };
pub const BAD: &dyn Shape = unsafe { mem::transmute((0usize as *const u8, VT)) };
