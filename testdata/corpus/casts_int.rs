// Integer to integer casts: truncation, sign extension, zero extension.
pub const TRUNC_U8: u8 = 300u32 as u8;
pub const TRUNC_I8: i8 = 200u8 as i8;
pub const SIGN_EXT: i64 = -5i8 as i64;
pub const ZERO_EXT: u64 = 0xFFu8 as u64;
pub const NEG_TO_U32: u32 = -1i32 as u32;
pub const NEG_TO_U128: u128 = -1i8 as u128;
pub const BIG_TO_I16: i16 = 70_000i64 as i16;
pub const U64_TO_I32: i32 = u64::MAX as i32;
pub const I128_TO_U8: u8 = (i128::MIN + 5) as u8;
pub const USIZE_TO_U16: u16 = usize::MAX as u16;
pub const ISIZE_FROM_U64: isize = (1u64 << 63) as isize;
pub const CHAIN: u8 = (-1i64 as u32 as u16 >> 4) as u8;
pub const ROUND: i32 = (0x1234_5678u32 as u16 as i16) as i32;

const fn widen(x: i16) -> (i32, u32, i64, u64) {
    (x as i32, x as u32, x as i64, x as u64)
}

pub const WIDEN_NEG: (i32, u32, i64, u64) = widen(-2);
pub const WIDEN_POS: (i32, u32, i64, u64) = widen(1234);

const fn narrow(x: u64) -> [u8; 8] {
    let mut out = [0u8; 8];
    let mut i = 0;
    while i < 8 {
        out[i] = (x >> (i * 8)) as u8;
        i += 1;
    }
    out
}

pub const BYTES: [u8; 8] = narrow(0x0102_0304_0506_0708);
pub const FROM_BOOL: [u8; 2] = [false as u8, true as u8];
pub static CAST_STATIC: i8 = 255u8 as i8;
