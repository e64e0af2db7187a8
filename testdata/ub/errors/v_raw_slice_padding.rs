use std::mem;
pub const BAD: *const [u8] = unsafe { mem::transmute((1u16, 4usize)) };
