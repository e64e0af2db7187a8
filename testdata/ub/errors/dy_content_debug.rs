use std::mem;
pub trait Shape {}
impl Shape for u8 {}
impl Shape for u32 {}
impl Shape for bool {}
impl Shape for char {}
use std::fmt::Debug;
pub const BAD: &dyn Debug = unsafe { mem::transmute::<&u8, &bool>(&9u8) };
