//@ mir-from: 3000 => 3001
// Remainder by zero two calls deep.
const fn rem(a: u64, b: u64) -> u64 {
    a % b
}

const fn wrap(a: u64, b: u64) -> u64 {
    rem(a, b % 1000)
}

pub const R: u64 = wrap(10, 3000);
