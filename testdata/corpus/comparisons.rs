// Comparison operators on integers, bools, chars and floats.
pub const LT: bool = 3 < 4;
pub const LE_EQ: bool = 4 <= 4;
pub const GT_SIGNED: bool = -1i32 > 0;
pub const GT_UNSIGNED: bool = (-1i32 as u32) > 0;
pub const EQ_CHAR: bool = 'a' == 'a';
pub const NE_CHAR: bool = 'a' != 'b';
pub const CHAR_ORDER: bool = 'Z' < 'a';
pub const BOOL_ORDER: bool = false < true;
pub const FLOAT_EQ: bool = 0.1 + 0.2 == 0.3;
pub const NAN_EQ: bool = f64::NAN == f64::NAN;
pub const NAN_LT: bool = f64::NAN < 1.0;
pub const ZERO_EQ: bool = 0.0f32 == -0.0f32;
pub const I128_CMP: bool = i128::MIN < i128::MAX;
pub const U128_CMP: bool = u128::MAX > (u128::MAX >> 1);

const fn max3(a: i64, b: i64, c: i64) -> i64 {
    let m = if a > b { a } else { b };
    if m > c { m } else { c }
}

pub const MAX3: i64 = max3(-5, 17, 3);

const fn cmp(a: i32, b: i32) -> i8 {
    if a < b {
        -1
    } else if a > b {
        1
    } else {
        0
    }
}

pub const CMPS: [i8; 3] = [cmp(1, 2), cmp(2, 2), cmp(3, 2)];

const fn is_sorted(xs: &[u32]) -> bool {
    let mut i = 1;
    while i < xs.len() {
        if xs[i - 1] > xs[i] {
            return false;
        }
        i += 1;
    }
    true
}

pub const SORTED: bool = is_sorted(&[1, 2, 2, 9]);
pub const UNSORTED: bool = is_sorted(&[1, 3, 2]);
pub const BETWEEN: bool = 5 >= 1 && 5 <= 10 || false;
pub static LOGIC: (bool, bool, bool) = (true & false, true | false, true ^ true);
