//@ mir-from: 255 => 254
// u8 addition overflow inside a const fn: the left operand prints as `u8::MAX`.
const fn add(a: u8, b: u8) -> u8 {
    a + b
}

pub const X: u8 = add(255, 1);
