use std::mem::MaybeUninit;
#[repr(C)]
union Wide { parts: (usize, MaybeUninit<usize>), s: &'static [u8] }
pub const S: &[u8] = unsafe { Wide { parts: (8, MaybeUninit::uninit()) }.s };
