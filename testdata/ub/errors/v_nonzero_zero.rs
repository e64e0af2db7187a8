use std::num::NonZeroU32;
pub const N: NonZeroU32 = unsafe { std::mem::transmute(0u32) };
