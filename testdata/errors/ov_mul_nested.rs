//@ mir-from: 1000000000 => 100
// Multiplication overflow two calls deep.
const fn double(x: i32) -> i32 {
    x * 2
}

const fn quad(x: i32) -> i32 {
    double(double(x))
}

pub const Q: i32 = quad(1000000000);
