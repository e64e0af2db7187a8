// Bit-level integer methods.
pub const COUNT_ONES: (u32, u32, u32) = (0xF0F0u16.count_ones(), u64::MAX.count_ones(), (-1i8).count_ones());
pub const COUNT_ZEROS: u32 = 0x0000_FFFFu32.count_zeros();
pub const LEADING: (u32, u32, u32) = (1u32.leading_zeros(), 0u8.leading_zeros(), (-1i64).leading_zeros());
pub const TRAILING: (u32, u32, u32) = (8u32.trailing_zeros(), 0u16.trailing_zeros(), (1u128 << 100).trailing_zeros());
pub const LEADING_ONES: u32 = 0xFF00u16.leading_ones();
pub const TRAILING_ONES: u32 = 0b0111u8.trailing_ones();
pub const ROTL: u8 = 0b1000_0001u8.rotate_left(1);
pub const ROTR: u32 = 0x1234_5678u32.rotate_right(8);
pub const ROTL_BIG: u64 = 1u64.rotate_left(65);
pub const ROTR_SIGNED: i16 = (-2i16).rotate_right(1);
pub const SWAP: u32 = 0x1122_3344u32.swap_bytes();
pub const SWAP_128: u128 = 0x0102_0304_0506_0708_090A_0B0C_0D0E_0F10u128.swap_bytes();
pub const REV_BITS: u8 = 0b0000_0110u8.reverse_bits();
pub const REV_BITS_32: u32 = 1u32.reverse_bits();
pub const TO_BE: [u8; 4] = 0xCAFE_BABEu32.to_be_bytes();
pub const TO_LE: [u8; 2] = 0x1234u16.to_le_bytes();
pub const FROM_LE: u32 = u32::from_le_bytes([0x78, 0x56, 0x34, 0x12]);
pub const FROM_BE: i16 = i16::from_be_bytes([0xFF, 0xFE]);
pub const TO_BE_U64: u64 = 0x0102u64.to_be();
pub const NEXT_POW2: u32 = 100u32.next_power_of_two();
pub const CHECKED_NEXT_POW2: Option<u8> = 200u8.checked_next_power_of_two();

const fn popcount_table() -> [u8; 16] {
    let mut t = [0u8; 16];
    let mut i = 0;
    while i < 16 {
        t[i] = (i as u8).count_ones() as u8;
        i += 1;
    }
    t
}

pub const POPCOUNTS: [u8; 16] = popcount_table();

const fn highest_bit(x: u64) -> Option<u32> {
    if x == 0 { None } else { Some(63 - x.leading_zeros()) }
}

pub const HIGHEST: [Option<u32>; 3] = [highest_bit(0), highest_bit(1), highest_bit(0x8000_0000_0000_0000)];
pub static STATIC_ROT: u16 = 0xABCDu16.rotate_left(4);
