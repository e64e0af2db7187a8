use std::mem;
pub struct Words { pub head: u32, pub rest: [u32] }
pub const BAD: &Words = unsafe { mem::transmute((&7u64, 3usize)) };
