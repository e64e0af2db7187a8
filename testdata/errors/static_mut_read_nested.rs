//@ mir-from: 5302 => 56
// A const fn reading a static mut, two calls deep.
pub static mut SM: u32 = 5;

const fn get(n: u32) -> u32 {
    if n > 4000 { unsafe { SM } } else { n }
}

const fn outer(n: u32) -> u32 {
    get(n) + 1
}

pub const C: u32 = outer(5302);
