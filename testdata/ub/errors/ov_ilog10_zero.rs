pub const L: u32 = 0u64.ilog10();
