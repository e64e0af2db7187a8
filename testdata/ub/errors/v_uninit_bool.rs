use std::mem::MaybeUninit;
pub const B: bool = unsafe { MaybeUninit::<bool>::uninit().assume_init() };
