// overflowing_* integer methods: (value, overflowed) pairs.
pub const ADD: (u8, bool) = 250u8.overflowing_add(10);
pub const ADD_OK: (u8, bool) = 250u8.overflowing_add(5);
pub const SUB: (u32, bool) = 0u32.overflowing_sub(1);
pub const SUB_I: (i32, bool) = i32::MIN.overflowing_sub(1);
pub const MUL: (i64, bool) = i64::MAX.overflowing_mul(2);
pub const MUL128: (u128, bool) = u128::MAX.overflowing_mul(u128::MAX);
pub const NEG: (i16, bool) = i16::MIN.overflowing_neg();
pub const NEG_U: (u16, bool) = 1u16.overflowing_neg();
pub const DIV: (i8, bool) = i8::MIN.overflowing_div(-1);
pub const REM: (i8, bool) = i8::MIN.overflowing_rem(-1);
pub const SHL: (u8, bool) = 1u8.overflowing_shl(9);
pub const SHR: (i32, bool) = (-8i32).overflowing_shr(33);
pub const POW: (u32, bool) = 10u32.overflowing_pow(10);
pub const ABS: (isize, bool) = isize::MIN.overflowing_abs();

const fn add_with_carry(a: u64, b: u64, carry: bool) -> (u64, bool) {
    let (s1, c1) = a.overflowing_add(b);
    let (s2, c2) = s1.overflowing_add(carry as u64);
    (s2, c1 || c2)
}

pub const CARRY1: (u64, bool) = add_with_carry(u64::MAX, 0, true);
pub const CARRY2: (u64, bool) = add_with_carry(u64::MAX, u64::MAX, true);
pub const CARRY3: (u64, bool) = add_with_carry(1, 2, false);

const fn wide_mul(a: u64, b: u64) -> (u64, u64) {
    let r = (a as u128) * (b as u128);
    (r as u64, (r >> 64) as u64)
}

pub const WIDE: (u64, u64) = wide_mul(u64::MAX, u64::MAX);
