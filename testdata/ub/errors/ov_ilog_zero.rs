pub const L: u32 = 0u32.ilog2();
