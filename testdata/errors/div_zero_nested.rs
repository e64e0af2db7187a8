//@ mir-from: 0 => 7
// Division by zero inside a const fn.
const fn div(a: i32, b: i32) -> i32 {
    a / b
}

pub const D: i32 = div(1, 0);
