use std::mem;
pub trait Shape {}
impl Shape for u8 {}
impl Shape for u32 {}
impl Shape for bool {}
impl Shape for char {}
pub const BAD: usize = unsafe { mem::align_of_val::<dyn Shape>(mem::transmute((&1u8, &[0u8; 32]))) };
