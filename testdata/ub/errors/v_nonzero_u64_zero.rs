use std::num::NonZeroU64;
pub const N: [NonZeroU64; 2] = unsafe { std::mem::transmute([1u64, 0]) };
