// Option::unwrap on None inside a const fn.
const fn first(xs: &[u8]) -> u8 {
    *xs.first().unwrap()
}

const fn wrap() -> u8 {
    first(&[])
}

pub const U: u8 = wrap();
