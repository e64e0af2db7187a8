// Unsigned integers of every width: literals, limits, arithmetic.
pub const U8_A: u8 = 200;
pub const U8_MAX: u8 = u8::MAX;
pub const U8_MIN: u8 = u8::MIN;
pub const U8_SUM: u8 = U8_A + 55;
pub const U16_A: u16 = 0xBEEF;
pub const U16_MAX: u16 = u16::MAX;
pub const U16_MUL: u16 = 255 * 257;
pub const U32_A: u32 = 4_000_000_000;
pub const U32_MAX: u32 = u32::MAX;
pub const U32_DIV: u32 = U32_A / 7;
pub const U32_REM: u32 = U32_A % 7;
pub const U64_A: u64 = 18_000_000_000_000_000_000;
pub const U64_MAX: u64 = u64::MAX;
pub const U64_SUB: u64 = U64_MAX - U64_A;
pub const U128_A: u128 = 1 << 100;
pub const U128_MAX: u128 = u128::MAX;
pub const U128_MUL: u128 = 1234567890123456789 * 98765432109876543210;
pub const USIZE_A: usize = 1 << 40;
pub const USIZE_MAX: usize = usize::MAX;
pub const USIZE_BITS: u32 = usize::BITS;
pub const BITS: (u32, u32, u32, u32, u32) = (u8::BITS, u16::BITS, u32::BITS, u64::BITS, u128::BITS);
pub const HEX: u32 = 0xDEAD_BEEF;
pub const OCT: u16 = 0o777;
pub const BIN: u8 = 0b1010_0101;
pub const ZERO: u64 = 0;
pub const ALL: [u64; 4] = [U8_MAX as u64, U16_MAX as u64, U32_MAX as u64, U64_MAX];

const fn add3(a: u16, b: u16, c: u16) -> u16 {
    a + b + c
}

pub const ADD3: u16 = add3(1000, 2000, 3000);
pub static STATIC_U128: u128 = U128_A + 1;
