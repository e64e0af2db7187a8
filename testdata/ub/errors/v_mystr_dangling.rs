use std::mem;
pub struct Name(str);
pub const BAD: &Name = unsafe { mem::transmute((&1u8, 5usize)) };
