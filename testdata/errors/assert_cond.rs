//@ mir-from: 4444 => 2
// assert!(cond) without a message.
const fn f(x: usize) -> usize {
    assert!(x < 3);
    x
}

pub const A: usize = f(4444);
