use std::mem;
pub trait Shape {}
impl Shape for u8 {}
impl Shape for u32 {}
impl Shape for bool {}
impl Shape for char {}
pub struct Holder { pub tag: u8, pub obj: &'static dyn Shape }
pub const BAD: Holder = Holder { tag: 1, obj: unsafe { mem::transmute((&7u8, 3usize)) } };
