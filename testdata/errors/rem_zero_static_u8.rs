//@ mir-from: 0 => 9
// Remainder by zero in a static.
const fn m(a: u8, b: u8) -> u8 {
    a % b
}

pub static S: u8 = m(200, 0);
