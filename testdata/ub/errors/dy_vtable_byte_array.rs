use std::mem;
pub trait Shape {}
impl Shape for u8 {}
impl Shape for u32 {}
impl Shape for bool {}
impl Shape for char {}
pub const BAD: &dyn Shape = unsafe { mem::transmute((&7u8, &[0u8; 64])) };
