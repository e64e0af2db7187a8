use std::mem;
pub trait Shape {}
impl Shape for u8 {}
impl Shape for u32 {}
impl Shape for bool {}
impl Shape for char {}
#[repr(transparent)]
pub struct Wrap<T>(T);
pub const BAD: Wrap<&dyn Shape> = unsafe { mem::transmute(Wrap((&7u8, &[&3u8; 4]))) };
