pub const R: &u64 = unsafe { &*(0x1000 as *const u64) };
