// i128/u128 arithmetic edge cases: wide multiply, division, shifts, wrapping and checked ops.
pub const U128_MAX: u128 = u128::MAX;
pub const I128_MIN: i128 = i128::MIN;
pub const BIG_MUL: u128 = 0xFFFF_FFFF_FFFF_FFFFu128 * 0xFFFF_FFFF_FFFF_FFFFu128;
pub const BIG_DIV: u128 = u128::MAX / 0x1_0000_0000_0000_0001;
pub const BIG_REM: u128 = u128::MAX % 1_000_000_007;
pub const NEG_DIV: i128 = -170141183460469231731687303715884105727 / 7;
pub const NEG_REM: i128 = -170141183460469231731687303715884105727 % 7;
pub const SHL_100: u128 = 1 << 100;
pub const SHR_SIGNED: i128 = i128::MIN >> 100;
pub const SHR_UNSIGNED: u128 = (i128::MIN as u128) >> 100;
pub const WRAP_NEG: i128 = i128::MIN.wrapping_neg();
pub const WRAP_MUL: u128 = u128::MAX.wrapping_mul(u128::MAX);
pub const WRAP_DIV: i128 = i128::MIN.wrapping_div(-1);
pub const CHECKED_DIV: Option<i128> = i128::MIN.checked_div(-1);
pub const CHECKED_MUL: Option<u128> = (1u128 << 64).checked_mul(1 << 64);
pub const CHECKED_MUL_OK: Option<u128> = (1u128 << 63).checked_mul(1 << 64);
pub const OVERFLOWING: (i128, bool) = i128::MAX.overflowing_add(1);
pub const SAT_SUB: u128 = 5u128.saturating_sub(10);
pub const SAT_MUL: i128 = i128::MIN.saturating_mul(2);
pub const LZ: (u32, u32, u32) = (0u128.leading_zeros(), 1u128.leading_zeros(), u128::MAX.trailing_ones());
pub const POW: u128 = 3u128.pow(80);
pub const CHECKED_POW: Option<u128> = 3u128.checked_pow(81);
pub const ISQRT: u128 = u128::MAX.isqrt();
pub const ILOG10: u32 = u128::MAX.ilog10();
pub const ABS_DIFF: u128 = i128::MIN.abs_diff(i128::MAX);
pub const UNSIGNED_ABS: u128 = i128::MIN.unsigned_abs();
pub const DIV_EUCLID: i128 = (-7i128).div_euclid(2);
pub const REM_EUCLID: i128 = (-7i128).rem_euclid(-2);
pub const SWAPPED: u128 = 0x0102_0304_0506_0708_090A_0B0C_0D0E_0F10u128.swap_bytes();
pub const TO_I64: i64 = (u128::MAX - 5) as i64;
pub const FROM_NEG: u128 = -1i64 as u128;
pub const TO_F64: f64 = u128::MAX as f64;
pub const TO_F32: f32 = u128::MAX as f32;
pub const I128_TO_F32: f32 = i128::MIN as f32;
pub const F64_TO_U128: u128 = 1e38_f64 as u128;
pub const F64_TO_U128_SAT: u128 = 1e40_f64 as u128;
pub const F64_TO_I128_NEG: i128 = -1.5e30_f64 as i128;

pub const fn factorial(n: u32) -> u128 {
    let mut f = 1u128;
    let mut i = 2;
    while i <= n {
        f *= i as u128;
        i += 1;
    }
    f
}

pub const fn mul_mod(a: u128, b: u128, m: u128) -> u128 {
    let mut r = 0u128;
    let mut a = a % m;
    let mut b = b;
    while b > 0 {
        if b & 1 == 1 {
            r = (r + a) % m;
        }
        a = (a << 1) % m;
        b >>= 1;
    }
    r
}

pub const FACT_34: u128 = factorial(34);
pub const MUL_MOD: u128 = mul_mod(u64::MAX as u128, u64::MAX as u128 - 1, (1u128 << 89) - 1);
pub const FACT_BYTES: [u8; 16] = factorial(30).to_le_bytes();
