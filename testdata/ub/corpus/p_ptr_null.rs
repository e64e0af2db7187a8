pub const N: *const u8 = std::ptr::null();
pub const M: *mut u32 = std::ptr::null_mut();
pub const D: *const u16 = std::ptr::dangling();
pub const NN: std::ptr::NonNull<u64> = std::ptr::NonNull::dangling();
