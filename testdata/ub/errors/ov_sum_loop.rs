const fn sum(n: u8) -> u8 { let mut s = 0; let mut i = 0; while i < n { s += i; i += 1; } s }
pub const S: u8 = sum(30);
