pub const A: u64 = 10u64.pow(19);
pub const B: i32 = (-3i32).pow(19);
pub const C: u8 = 2u8.pow(7);
pub const D: usize = 2usize.pow(63);
pub const E: i8 = (-2i8).pow(7);
pub const F: u32 = 0u32.pow(0);
