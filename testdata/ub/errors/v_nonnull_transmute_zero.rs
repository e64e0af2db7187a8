use std::ptr::NonNull;
pub const P: Option<NonNull<u64>> = None;
pub const Q: NonNull<u64> = unsafe { std::mem::transmute(0usize) };
