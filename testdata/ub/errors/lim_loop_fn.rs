const fn spin(n: u64) -> u64 { let mut i = 0; while i < n { i += 1; } i }
pub const S: u64 = spin(u64::MAX);
