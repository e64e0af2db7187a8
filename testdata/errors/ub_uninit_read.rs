// Reading an uninitialized MaybeUninit.
use std::mem::MaybeUninit;

pub const U: u32 = unsafe { MaybeUninit::<u32>::uninit().assume_init() };
