use std::mem::{self, MaybeUninit};
pub struct Name(str);
pub const BAD: &Name = unsafe { mem::transmute::<&[MaybeUninit<u8>], &Name>(&[MaybeUninit::uninit(); 2]) };
