// MIN, MAX and BITS of every integer type, casts between all widths
// (truncation, sign extension, zero extension), bool and char casts,
// and wrapping/checked conversions used by a binary encoder.

pub const LIMITS_U: [(u128, u32); 6] = [
    (u8::MAX as u128, u8::BITS),
    (u16::MAX as u128, u16::BITS),
    (u32::MAX as u128, u32::BITS),
    (u64::MAX as u128, u64::BITS),
    (u128::MAX, u128::BITS),
    (usize::MAX as u128, usize::BITS),
];
pub const LIMITS_I: [(i128, i128, u32); 6] = [
    (i8::MIN as i128, i8::MAX as i128, i8::BITS),
    (i16::MIN as i128, i16::MAX as i128, i16::BITS),
    (i32::MIN as i128, i32::MAX as i128, i32::BITS),
    (i64::MIN as i128, i64::MAX as i128, i64::BITS),
    (i128::MIN, i128::MAX, i128::BITS),
    (isize::MIN as i128, isize::MAX as i128, isize::BITS),
];
pub const UNSIGNED_MINS: [u64; 4] = [u8::MIN as u64, u16::MIN as u64, u32::MIN as u64, usize::MIN as u64];

// Truncation and extension.
pub const TRUNC: (u8, i8, u16, i16, u32) = (0x1234u16 as u8, 0x80u16 as i8, -1i32 as u16, 40000u32 as i16, -1i64 as u32);
pub const EXTEND: (i64, u64, i128, u128, isize) = (-5i8 as i64, -5i8 as u64, i64::MIN as i128, -1i8 as u128, -1i16 as isize);
pub const ZEXT: (u64, i32, u128) = (0xFFu8 as u64, 0xFFFFu16 as i32, u64::MAX as u128);
pub const BOOLS: (u8, i32, u64) = (true as u8, false as i32, true as u64 + true as u64);
pub const CHARS: (u32, u8, u8, char) = ('€' as u32, '€' as u8, 'A' as u8, 97u8 as char);
pub const SIZES: (usize, isize, u32) = (u32::MAX as usize + 1, -1i32 as isize, usize::MAX as u32);

const fn zigzag(n: i64) -> u64 {
    ((n << 1) ^ (n >> 63)) as u64
}

const fn unzigzag(n: u64) -> i64 {
    (n >> 1) as i64 ^ -((n & 1) as i64)
}

const fn fits_u8(n: i32) -> Option<u8> {
    if n >= u8::MIN as i32 && n <= u8::MAX as i32 { Some(n as u8) } else { None }
}

const fn to_be_bytes(n: u32) -> [u8; 4] {
    [(n >> 24) as u8, (n >> 16) as u8, (n >> 8) as u8, n as u8]
}

pub const ZIGZAG: [u64; 5] = [zigzag(0), zigzag(-1), zigzag(1), zigzag(i64::MIN), zigzag(i64::MAX)];
pub const UNZIGZAG: [i64; 3] = [unzigzag(zigzag(-12345)), unzigzag(u64::MAX), unzigzag(0)];
pub const FITS: [Option<u8>; 4] = [fits_u8(0), fits_u8(255), fits_u8(256), fits_u8(-1)];
pub const BE: [u8; 4] = to_be_bytes(0xDEAD_BEEF);
pub const BE_STD: [u8; 4] = 0xDEAD_BEEFu32.to_be_bytes();
pub const LE_BACK: u32 = u32::from_le_bytes([0xEF, 0xBE, 0xAD, 0xDE]);
pub const WRAPS: (u8, i8, u16, i32) = (u8::MAX.wrapping_add(2), i8::MIN.wrapping_sub(1), 0u16.wrapping_sub(1), i32::MAX.wrapping_mul(2));
pub const ABS_DIFF: (u32, u8) = (i32::MIN.unsigned_abs(), (-128i8).unsigned_abs());
pub const NARROWED: [bool; 2] = [i8::MAX as i16 == 127, 300u16 as u8 == 44];
pub const SIGNUMS: [i32; 3] = [(-42i32).signum(), 0i32.signum(), 7i32.signum()];
pub const POWS: (u64, i32, Option<u8>) = (3u64.pow(40), (-2i32).pow(31), 2u8.checked_pow(8));
