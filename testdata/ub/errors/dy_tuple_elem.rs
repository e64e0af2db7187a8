use std::mem;
pub trait Shape {}
impl Shape for u8 {}
impl Shape for u32 {}
impl Shape for bool {}
impl Shape for char {}
pub const BAD: (u8, &dyn Shape) = (0, unsafe { mem::transmute::<_, &bool>(&7u8) });
