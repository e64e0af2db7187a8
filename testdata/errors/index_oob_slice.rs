//@ mir-from: 7 => 1
// Slice index out of bounds two calls deep.
const fn get(s: &[u16], i: usize) -> u16 {
    s[i]
}

const fn outer(i: usize) -> u16 {
    get(&[10, 20, 30], i)
}

pub const G: u16 = outer(7);
