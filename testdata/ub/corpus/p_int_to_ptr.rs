pub const P: *const u64 = 0xdeadbeef as *const u64;
pub const Q: *mut u8 = 16 as *mut u8;
pub const NULL: *const i32 = 0 as *const i32;
pub const IS_NULL: bool = (0 as *const u8).is_null();
