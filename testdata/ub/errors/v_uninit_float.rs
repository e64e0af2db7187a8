use std::mem::MaybeUninit;
pub const F: f64 = unsafe { MaybeUninit::uninit().assume_init() };
