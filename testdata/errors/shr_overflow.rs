//@ mir-from: 64 => 6
// Shift right by the full width of i64.
const fn shr(x: i64, s: u32) -> i64 {
    x >> s
}

pub const S: i64 = shr(-1, 64);
