pub const SOME: Option<std::num::NonZeroU16> = unsafe { std::mem::transmute(3u16) };
pub const NONE: Option<std::num::NonZeroU64> = unsafe { std::mem::transmute(0u64) };
pub const R: Option<&u8> = unsafe { std::mem::transmute(0usize) };
