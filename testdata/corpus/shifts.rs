// Shifts of every width, arithmetic vs logical right shift.
pub const SHL_U8: u8 = 1 << 7;
pub const SHL_U16: u16 = 0xFF << 8;
pub const SHL_U32: u32 = 1 << 31;
pub const SHL_U64: u64 = 1 << 63;
pub const SHL_U128: u128 = 1 << 127;
pub const SHR_I8: i8 = -128 >> 3;
pub const SHR_U8: u8 = 0x80 >> 3;
pub const SHR_I32: i32 = -1 >> 31;
pub const SHR_I64: i64 = i64::MIN >> 63;
pub const SHR_I128: i128 = i128::MIN >> 100;
pub const SHL_NEG: i32 = -1 << 4;
pub const SHL_ISIZE: isize = 3 << 61;
pub const MIXED: u64 = 1u64 << 40u8;
pub const MIXED2: u8 = 255u8 >> 7i64;
pub const BY_USIZE: u32 = 1u32 << 5usize;

const fn mask(bits: u32) -> u64 {
    if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 }
}

pub const MASKS: [u64; 5] = [mask(0), mask(1), mask(8), mask(63), mask(64)];

const fn bit_reverse_nibble(x: u8) -> u8 {
    ((x & 1) << 3) | ((x & 2) << 1) | ((x & 4) >> 1) | ((x & 8) >> 3)
}

pub const REV: [u8; 4] = [bit_reverse_nibble(1), bit_reverse_nibble(2), bit_reverse_nibble(6), bit_reverse_nibble(15)];
pub const PACKED: u32 = (0xAB << 24) | (0xCD << 16) | (0xEF << 8) | 0x01;
pub const UNPACK: (u8, u8, u8, u8) = ((PACKED >> 24) as u8, (PACKED >> 16) as u8, (PACKED >> 8) as u8, PACKED as u8);
