//@ mir-from: 30 => 20
// Recursive factorial overflowing at 21: collapsed frames.
const fn fact(n: u64) -> u64 {
    if n == 0 { 1 } else { n * fact(n - 1) }
}

pub const F: u64 = fact(30);
