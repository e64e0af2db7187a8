use std::mem::MaybeUninit;
pub const X: u32 = unsafe { MaybeUninit::<u32>::uninit().assume_init() };
