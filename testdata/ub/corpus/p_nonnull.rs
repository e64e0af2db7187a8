use std::ptr::NonNull;
pub const D: NonNull<u32> = NonNull::dangling();
pub const IS: bool = NonNull::<u8>::dangling().as_ptr().is_null();
