const fn down(n: u64) -> u64 { if n == 0 { 0 } else { down(n - 1) + 1 } }
pub const D: u64 = down(1_000_000);
