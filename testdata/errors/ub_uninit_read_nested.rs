//@ mir-from: 4501 => 45
// MaybeUninit::<u32>::uninit().assume_init() two calls deep.
use std::mem::MaybeUninit;

const fn get(n: u32) -> u32 {
    let mut m = MaybeUninit::<u32>::uninit();
    if n < 4000 {
        m = MaybeUninit::new(n);
    }
    unsafe { m.assume_init() }
}

const fn outer(n: u32) -> u32 {
    get(n) + 1
}

pub const U: u32 = outer(4501);
