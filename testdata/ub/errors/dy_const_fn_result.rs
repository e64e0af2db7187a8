use std::mem;
pub trait Shape {}
impl Shape for u8 {}
impl Shape for u32 {}
impl Shape for bool {}
impl Shape for char {}
pub const fn make() -> &'static dyn Shape { unsafe { mem::transmute((&7u8, &0u16)) } }
pub const BAD: &dyn Shape = make();
