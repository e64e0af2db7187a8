//@ mir-from: 40 => 4
// Shift left by more than the width.
const fn shl(x: u32, s: u32) -> u32 {
    x << s
}

pub const S: u32 = shl(1, 40);
