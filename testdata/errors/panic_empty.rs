//@ mir-from: 4242 => 42
// panic!() without a message, two calls deep.
const fn inner(x: u32) -> u32 {
    if x > 4000 {
        panic!()
    }
    x
}

const fn outer(x: u32) -> u32 {
    inner(x) + 1
}

pub const P: u32 = outer(4242);
