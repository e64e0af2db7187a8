use std::ptr::NonNull;
pub const P: NonNull<u8> = unsafe { std::mem::transmute(0usize) };
