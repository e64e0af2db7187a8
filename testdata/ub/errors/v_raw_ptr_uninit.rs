use std::mem::MaybeUninit;
pub const P: *const u8 = unsafe { MaybeUninit::uninit().assume_init() };
