use std::mem;
pub const BAD: &[u16] = unsafe { mem::transmute((7u32, 2usize)) };
