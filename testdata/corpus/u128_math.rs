// 128-bit integer arithmetic in const fns.
pub const BIG: u128 = 0xFFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFE;
pub const HALF: u128 = u128::MAX / 2;
pub const PRODUCT: u128 = (u64::MAX as u128) * (u64::MAX as u128);
pub const SIGNED_MIN_DIV: i128 = i128::MIN / 3;
pub const SIGNED_REM: i128 = i128::MIN % 7;
pub const SHIFTED: u128 = 1u128 << 127 >> 64;
pub const NEG: i128 = -170141183460469231731687303715884105727;

const fn fact128(n: u32) -> u128 {
    let mut acc: u128 = 1;
    let mut i = 2;
    while i <= n {
        acc *= i as u128;
        i += 1;
    }
    acc
}

pub const FACT_34: u128 = fact128(34);

const fn fib128(n: u32) -> u128 {
    let (mut a, mut b) = (0u128, 1u128);
    let mut i = 0;
    while i < n {
        let t = a + b;
        a = b;
        b = t;
        i += 1;
    }
    a
}

pub const FIB_185: u128 = fib128(185);

const fn isqrt128(n: u128) -> u128 {
    n.isqrt()
}

pub const ISQRT_MAX: u128 = isqrt128(u128::MAX);

const fn mulmod(a: u128, b: u128, m: u128) -> u128 {
    let mut r = 0u128;
    let mut a = a % m;
    let mut b = b;
    while b > 0 {
        if b & 1 == 1 {
            r = (r + a) % m;
        }
        a = (a * 2) % m;
        b >>= 1;
    }
    r
}

pub const MULMOD: u128 = mulmod(u64::MAX as u128, u64::MAX as u128, 1_000_000_007);
pub const PAIR: (u128, i128) = (u128::MAX - 1, i128::MIN + 1);
pub static STATIC_BIG: i128 = -(1i128 << 100);
