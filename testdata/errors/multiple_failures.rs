//@ mir-from: 150 => 15
//@ mir-from: 7000 => 70
//@ mir-from: 2222 => 2223
// Several failing consts in one crate.
const fn mul(a: u8, b: u8) -> u8 {
    a * b
}

pub const A: u8 = mul(2, 150);
pub const B: u16 = 65000 + 7000;
pub const C: u32 = 7 / (2222 - 1111 * 2);
