//@ mir-from: 4301 => 43
// A null pointer produced and dereferenced two calls deep.
const fn ptr(n: usize) -> *const u32 {
    if n > 4000 { std::ptr::null() } else { &9 }
}

const fn load(n: usize) -> u32 {
    unsafe { *ptr(n) }
}

const fn outer(n: usize) -> u32 {
    load(n) * 3
}

pub const N: u32 = outer(4301);
