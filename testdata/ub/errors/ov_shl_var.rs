const fn sh(x: u32, n: u32) -> u32 { x << n }
pub const S: u32 = sh(1, 40);
