//@ mir-from: 5 => 2
// Array index out of bounds in a const fn.
const fn get(a: [u8; 3], i: usize) -> u8 {
    a[i]
}

pub const G: u8 = get([10, 20, 30], 5);
