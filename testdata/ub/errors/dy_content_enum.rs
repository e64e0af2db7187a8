use std::mem;
pub trait Shape {}
impl Shape for u8 {}
impl Shape for u32 {}
impl Shape for bool {}
impl Shape for char {}
#[derive(Clone, Copy)]
pub enum Dir { N, S }
impl Shape for Dir {}
pub const BAD: &dyn Shape = unsafe { mem::transmute::<&u8, &Dir>(&5u8) };
