use std::mem::MaybeUninit;
pub const P: (u16, u64) = unsafe { MaybeUninit::<(u16, u64)>::uninit().assume_init() };
