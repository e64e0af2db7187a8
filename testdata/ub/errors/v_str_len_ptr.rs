use std::mem;
pub const BAD: &str = unsafe { mem::transmute((&1u8, &2u32)) };
