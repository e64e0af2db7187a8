// Signed integers of every width: negative literals, limits, negation, division.
pub const I8_A: i8 = -100;
pub const I8_MIN: i8 = i8::MIN;
pub const I8_MAX: i8 = i8::MAX;
pub const I8_NEG: i8 = -I8_MAX;
pub const I16_A: i16 = -30_000;
pub const I16_MIN: i16 = i16::MIN;
pub const I16_DIV: i16 = I16_A / -7;
pub const I16_REM: i16 = I16_A % 7;
pub const I32_A: i32 = -2_000_000_000;
pub const I32_MIN: i32 = i32::MIN;
pub const I32_MAX: i32 = i32::MAX;
pub const I32_MIX: i32 = I32_A + I32_MAX;
pub const I64_A: i64 = -9_000_000_000_000_000_000;
pub const I64_MIN: i64 = i64::MIN;
pub const I64_MAX: i64 = i64::MAX;
pub const I128_A: i128 = -(1 << 120);
pub const I128_MIN: i128 = i128::MIN;
pub const I128_MAX: i128 = i128::MAX;
pub const I128_MUL: i128 = -1234567890123456789 * 98765432109876543210;
pub const ISIZE_A: isize = -1;
pub const ISIZE_MIN: isize = isize::MIN;
pub const ISIZE_MAX: isize = isize::MAX;
pub const NEG_DIV: (i32, i32, i32, i32) = (-7 / 2, -7 % 2, 7 / -2, 7 % -2);
pub const PAIRS: [(i8, i64); 3] = [(-1, -1), (i8::MIN, i64::MIN), (i8::MAX, i64::MAX)];

const fn negate_all(a: [i32; 4]) -> [i32; 4] {
    let mut out = [0; 4];
    let mut i = 0;
    while i < 4 {
        out[i] = -a[i];
        i += 1;
    }
    out
}

pub const NEGATED: [i32; 4] = negate_all([1, -2, 3, i32::MAX]);
pub static MINUS_ONE: i64 = -1;
