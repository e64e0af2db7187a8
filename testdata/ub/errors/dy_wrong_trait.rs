use std::mem;
pub trait Shape {}
impl Shape for u8 {}
impl Shape for u32 {}
impl Shape for bool {}
impl Shape for char {}
pub trait Other {}
impl Other for u8 {}
pub const BAD: &dyn Other = unsafe { mem::transmute::<&dyn Shape, &dyn Other>(&1u8) };
