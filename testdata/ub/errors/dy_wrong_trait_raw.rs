use std::mem;
pub trait Shape {}
impl Shape for u8 {}
impl Shape for u32 {}
impl Shape for bool {}
impl Shape for char {}
pub trait Other {}
pub const BAD: *const dyn Other = unsafe { mem::transmute::<&dyn Shape, *const dyn Other>(&true) };
