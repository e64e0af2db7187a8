// MIN/MAX/BITS of every integer type and conversions between them.
pub const USIZE_MAX: usize = usize::MAX;
pub const ISIZE_MIN: isize = isize::MIN;
pub const BITS: [u32; 12] = [
    u8::BITS, i8::BITS, u16::BITS, i16::BITS, u32::BITS, i32::BITS,
    u64::BITS, i64::BITS, u128::BITS, i128::BITS, usize::BITS, isize::BITS,
];
pub const MAXES: (u8, u16, u32, u64) = (u8::MAX, u16::MAX, u32::MAX, u64::MAX);
pub const MINS: (i8, i16, i32, i64) = (i8::MIN, i16::MIN, i32::MIN, i64::MIN);
pub const SIGNED_MAXES: (i8, i16, i32, i64, i128) = (i8::MAX, i16::MAX, i32::MAX, i64::MAX, i128::MAX);
pub const MAX_AS_SIGNED: (i8, i16, i32, i64) = (u8::MAX as i8, u16::MAX as i16, u32::MAX as i32, u64::MAX as i64);
pub const MIN_AS_UNSIGNED: (u8, u16, u32, u64) = (i8::MIN as u8, i16::MIN as u16, i32::MIN as u32, i64::MIN as u64);
pub const SIGN_EXTEND: (i64, u64, i128) = (i8::MIN as i64, i8::MIN as u64, i32::MIN as i128);
pub const ZERO_EXTEND: (u64, i64) = (u8::MAX as u64, u32::MAX as i64);
pub const TRUNCATE: (u8, i8, u16, i32) = (0x1234u16 as u8, 0xFFu32 as i8, 0x1_0001u32 as u16, 0x1_8000_0000u64 as i32);
pub const USIZE_FROM: (usize, usize, u64) = (u32::MAX as usize, -1i32 as usize, usize::MAX as u64);
pub const BOOL_CASTS: (u8, i32, u64) = (true as u8, false as i32, true as u64);
pub const CHAR_CASTS: (u8, u16, u32) = ('A' as u8, 'ÿ' as u16, char::MAX as u32);
pub const MAX_PLUS_MIN: i32 = i32::MAX.wrapping_add(i32::MIN);
pub const HALF_RANGE: u64 = u64::MAX / 2 + 1;
pub const I64_MIN_IS_POW: bool = (i64::MIN as u64).is_power_of_two();
pub const COUNT: (u32, u32) = (usize::MAX.count_ones(), isize::MIN.count_zeros());
pub const TRY_FROM_LIKE: [Option<u8>; 4] = [narrow(255), narrow(256), narrow(-1), narrow(0)];

pub const fn narrow(x: i32) -> Option<u8> {
    if x >= u8::MIN as i32 && x <= u8::MAX as i32 { Some(x as u8) } else { None }
}

pub const fn saturate_i16(x: i64) -> i16 {
    if x > i16::MAX as i64 {
        i16::MAX
    } else if x < i16::MIN as i64 {
        i16::MIN
    } else {
        x as i16
    }
}

pub const SATURATED: [i16; 4] = [saturate_i16(40_000), saturate_i16(-40_000), saturate_i16(-5), saturate_i16(i64::MIN)];
pub const BYTES_PER: [usize; 4] = [
    core::mem::size_of::<usize>(),
    core::mem::size_of::<isize>(),
    (u128::BITS / 8) as usize,
    (i16::BITS / 8) as usize,
];
pub const ALL_ONES: (u128, i128) = (!0, !0);
pub const NOT_MIN: i64 = !i64::MIN;
pub const NEG_MAX: i32 = -i32::MAX;
pub const UNSIGNED_ABS_MIN: (u8, u64) = (i8::MIN.unsigned_abs(), i64::MIN.unsigned_abs());
