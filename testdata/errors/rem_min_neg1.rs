// i64::MIN % -1 inside a const fn.
const fn rem(a: i64, b: i64) -> i64 {
    a % b
}

pub const M: i64 = rem(i64::MIN, -1);
