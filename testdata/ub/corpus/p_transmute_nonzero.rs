use std::num::NonZeroU32;
pub const N: NonZeroU32 = unsafe { std::mem::transmute(5u32) };
pub const O: Option<NonZeroU32> = unsafe { std::mem::transmute(0u32) };
pub const P: Option<NonZeroU32> = unsafe { std::mem::transmute(9u32) };
pub const NN: Option<std::num::NonZeroU8> = std::num::NonZeroU8::new(0);
