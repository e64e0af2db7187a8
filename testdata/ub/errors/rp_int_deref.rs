pub const X: u64 = unsafe { *(0xdeadbeef as *const u64) };
