// checked_* integer methods.
pub const ADD_OK: Option<u8> = 200u8.checked_add(55);
pub const ADD_NONE: Option<u8> = 200u8.checked_add(56);
pub const SUB_NONE: Option<u32> = 3u32.checked_sub(4);
pub const SUB_OK: Option<i32> = (-3i32).checked_sub(4);
pub const MUL_NONE: Option<i64> = i64::MAX.checked_mul(2);
pub const MUL_OK: Option<u128> = (1u128 << 64).checked_mul(1 << 63);
pub const DIV_ZERO: Option<i16> = 5i16.checked_div(0);
pub const DIV_MIN: Option<i16> = i16::MIN.checked_div(-1);
pub const DIV_OK: Option<i16> = i16::MIN.checked_div(2);
pub const REM_ZERO: Option<u64> = 5u64.checked_rem(0);
pub const NEG_MIN: Option<i8> = i8::MIN.checked_neg();
pub const NEG_OK: Option<i8> = 5i8.checked_neg();
pub const SHL_NONE: Option<u32> = 1u32.checked_shl(32);
pub const SHL_OK: Option<u32> = 1u32.checked_shl(31);
pub const SHR_NONE: Option<i64> = 1i64.checked_shr(64);
pub const POW_NONE: Option<u16> = 2u16.checked_pow(16);
pub const POW_OK: Option<u16> = 2u16.checked_pow(15);
pub const ABS_NONE: Option<isize> = isize::MIN.checked_abs();

const fn checked_sum(xs: &[u8]) -> Option<u8> {
    let mut acc: u8 = 0;
    let mut i = 0;
    while i < xs.len() {
        acc = match acc.checked_add(xs[i]) {
            Some(v) => v,
            None => return None,
        };
        i += 1;
    }
    Some(acc)
}

pub const SUM_OK: Option<u8> = checked_sum(&[10, 20, 30]);
pub const SUM_NONE: Option<u8> = checked_sum(&[100, 100, 100]);

const fn checked_fact(n: u32) -> Option<u32> {
    let mut acc: u32 = 1;
    let mut i = 2;
    while i <= n {
        acc = match acc.checked_mul(i) {
            Some(v) => v,
            None => return None,
        };
        i += 1;
    }
    Some(acc)
}

pub const FACT12: Option<u32> = checked_fact(12);
pub const FACT13: Option<u32> = checked_fact(13);
