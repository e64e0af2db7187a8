// i32::MIN / -1 inside a const fn.
const fn div(a: i32, b: i32) -> i32 {
    a / b
}

pub const M: i32 = div(i32::MIN, -1);
