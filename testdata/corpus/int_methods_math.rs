// Arithmetic integer methods: pow, abs, signum, euclid, abs_diff, ilog, isqrt, min/max.
pub const POW: (u32, i64, u128) = (3u32.pow(5), (-2i64).pow(63), 10u128.pow(38));
pub const ABS: (i32, i8, i128) = ((-17i32).abs(), (-127i8).abs(), (-5i128).abs());
pub const UNSIGNED_ABS: u8 = i8::MIN.unsigned_abs();
pub const SIGNUM: [i32; 3] = [(-9i32).signum(), 0i32.signum(), 42i32.signum()];
pub const REM_EUCLID: (i32, i32, i32) = ((-7i32).rem_euclid(3), 7i32.rem_euclid(-3), (-7i32).rem_euclid(-3));
pub const DIV_EUCLID: (i32, i32) = ((-7i32).div_euclid(3), 7i32.div_euclid(-3));
pub const ABS_DIFF: (u8, u32, u64) = (3u8.abs_diff(250), (-5i32).abs_diff(5), i64::MIN.abs_diff(i64::MAX));
pub const IS_POW2: [bool; 4] = [0u32.is_power_of_two(), 1u32.is_power_of_two(), 64u32.is_power_of_two(), 96u32.is_power_of_two()];
pub const ILOG2: (u32, u32, u32) = (1u32.ilog2(), 1000u32.ilog2(), u128::MAX.ilog2());
pub const ILOG10: (u32, u32) = (999u32.ilog10(), 1000u64.ilog10());
pub const ILOG: u32 = 243u32.ilog(3);
pub const CHECKED_ILOG2: Option<u32> = 0u8.checked_ilog2();
pub const ISQRT: (u32, u64, i32) = (99u32.isqrt(), u64::MAX.isqrt(), 16i32.isqrt());
pub const MIN_MAX: (u8, i32, u64) = (min_u8(7, 3), max_i32(-4, -9), clamp_u64(10, 20, 30));
pub const FLOAT_MIN_MAX: (f64, f64, f32) = (1.5f64.min(-2.0), 1.5f64.max(f64::NAN), 7.5f32.clamp(0.0, 1.0));

// Ord::min/max are not const yet; these are the const equivalents.
const fn min_u8(a: u8, b: u8) -> u8 {
    if a < b { a } else { b }
}
const fn max_i32(a: i32, b: i32) -> i32 {
    if a > b { a } else { b }
}
const fn clamp_u64(x: u64, lo: u64, hi: u64) -> u64 {
    if x < lo { lo } else if x > hi { hi } else { x }
}
pub const DIV_CEIL: u32 = 7u32.div_ceil(2);
pub const MULTIPLE: u32 = 13u32.next_multiple_of(5);
pub const IS_NEG: (bool, bool) = ((-1i8).is_negative(), 0i8.is_positive());

const fn int_sqrt_newton(n: u64) -> u64 {
    if n < 2 {
        return n;
    }
    let mut x = n;
    let mut y = (x + 1) / 2;
    while y < x {
        x = y;
        y = (x + n / x) / 2;
    }
    x
}

pub const NEWTON: [u64; 4] = [int_sqrt_newton(0), int_sqrt_newton(15), int_sqrt_newton(16), int_sqrt_newton(1 << 62)];

const fn digit_sum(mut n: u64) -> u64 {
    let mut s = 0;
    while n > 0 {
        s += n % 10;
        n /= 10;
    }
    s
}

pub const DIGIT_SUM: u64 = digit_sum(u64::MAX);
pub static STATIC_POW: u64 = 2u64.pow(40);
