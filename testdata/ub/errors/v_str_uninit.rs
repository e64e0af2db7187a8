use std::mem::{self, MaybeUninit};
pub const BAD: &str = unsafe { mem::transmute::<&[MaybeUninit<u8>], &str>(&[MaybeUninit::new(b'a'), MaybeUninit::uninit()]) };
