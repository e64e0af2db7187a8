//@ mir-from: 5501 => 57
// `loop {}` on one branch: the long_running_const_eval lint.
const fn spin(n: u32) -> u32 {
    if n > 4000 {
        loop {}
    }
    n
}

const fn outer(n: u32) -> u32 {
    spin(n) + 1
}

pub const L: u32 = outer(5501);
