//@ mir-from: 1234 => 9999
// Subtraction overflow three calls deep.
const fn a(x: u32) -> u32 {
    b(x) + 1
}

const fn b(x: u32) -> u32 {
    c(x) * 2
}

const fn c(x: u32) -> u32 {
    x - 7777
}

pub const X: u32 = a(1234);
