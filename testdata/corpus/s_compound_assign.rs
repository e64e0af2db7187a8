// Compound assignment on every integer type, unary operators and
// short-circuit logic, as a checksum and a bit mixer would use them.

const fn mix_u8(seed: u8) -> u8 {
    let mut x = seed;
    x += 17;
    x -= 3;
    x *= 5;
    x /= 2;
    x %= 101;
    x <<= 1;
    x >>= 2;
    x &= 0x7e;
    x |= 0x81;
    x ^= 0x5a;
    x
}

const fn mix_u16(seed: u16) -> u16 {
    let mut x = seed;
    x ^= x << 7;
    x ^= x >> 9;
    x ^= x << 8;
    x
}

const fn mix_u32(mut x: u32) -> u32 {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    x
}

const fn mix_u64(mut x: u64) -> u64 {
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    x.wrapping_mul(0x2545_F491_4F6C_DD1D)
}

const fn mix_u128(mut x: u128) -> u128 {
    x += 0x9E37_79B9_7F4A_7C15;
    x *= 3;
    x >>= 5;
    x |= 1 << 100;
    x
}

const fn mix_usize(mut x: usize) -> usize {
    x %= 1000;
    x *= 7;
    x += 1;
    x
}

const fn signed_steps(start: i32) -> (i8, i16, i32, i64, i128, isize) {
    let mut a: i8 = start as i8;
    a -= 100;
    a /= 3;
    let mut b: i16 = -(start as i16);
    b *= 40;
    b %= 1000;
    let mut c = start;
    c <<= 4;
    c >>= 2;
    c = -c;
    let mut d: i64 = start as i64;
    d -= 1 << 40;
    d /= -7;
    let mut e: i128 = -1;
    e <<= 100;
    e >>= 90;
    let mut f: isize = 0;
    f -= start as isize;
    f ^= -1;
    (a, b, c, d, e, f)
}

const fn bit_not(x: u16) -> u16 {
    !x
}

const fn logic(a: bool, b: bool, c: bool) -> (bool, bool, bool, bool) {
    let and = a && b;
    let or = a || c;
    let mixed = !(a && !b) || (c && !a);
    let mut acc = true;
    acc &= a;
    acc |= c;
    acc ^= b;
    (and, or, mixed, acc)
}

// Only the left side is evaluated when it decides the result.
const fn guarded_div(n: u32, d: u32) -> bool {
    d != 0 && n / d > 3
}

const fn guarded_or(n: u32, d: u32) -> bool {
    d == 0 || n % d == 0
}

pub const U8: u8 = mix_u8(20);
pub const U16: u16 = mix_u16(0xACE1);
pub const U32: u32 = mix_u32(2463534242);
pub const U64: u64 = mix_u64(88172645463325252);
pub const U128: u128 = mix_u128(12345678901234567890);
pub const USIZE: usize = mix_usize(123456);
pub const SIGNED: (i8, i16, i32, i64, i128, isize) = signed_steps(77);
pub const NOT16: u16 = bit_not(0x0ff0);
pub const NEG: i64 = -(-9_000_000_000i64);
pub const LOGIC_TT_F: (bool, bool, bool, bool) = logic(true, true, false);
pub const LOGIC_F_T_T: (bool, bool, bool, bool) = logic(false, true, true);
pub const DIV_GUARD_ZERO: bool = guarded_div(10, 0);
pub const DIV_GUARD: bool = guarded_div(10, 2);
pub const OR_GUARD_ZERO: bool = guarded_or(10, 0);
pub const OR_GUARD: bool = guarded_or(10, 3);
