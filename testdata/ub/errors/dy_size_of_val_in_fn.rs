use std::mem;
pub trait Shape {}
impl Shape for u8 {}
impl Shape for u32 {}
impl Shape for bool {}
impl Shape for char {}
pub const fn size(x: &dyn Shape) -> usize { mem::size_of_val(x) }
pub const BAD: usize = size(unsafe { mem::transmute((&1u8, &7u32)) });
