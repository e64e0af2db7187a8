// Parsing integers in constants with from_str_radix: signs, radixes,
// overflow at each width, and the first error winning.
use core::num::ParseIntError;

pub const HEX: Result<u32, ParseIntError> = u32::from_str_radix("DeadBeef", 16);
pub const BIN: Result<u8, ParseIntError> = u8::from_str_radix("11111111", 2);
pub const BIN_OVER: Result<u8, ParseIntError> = u8::from_str_radix("100000000", 2);
pub const NEG_MIN: Result<i8, ParseIntError> = i8::from_str_radix("-128", 10);
pub const NEG_OVER: Result<i8, ParseIntError> = i8::from_str_radix("-129", 10);
pub const POS_OVER: Result<i16, ParseIntError> = i16::from_str_radix("32768", 10);
pub const PLUS: Result<u64, ParseIntError> = u64::from_str_radix("+18446744073709551615", 10);
pub const PLUS_OVER: Result<u64, ParseIntError> = u64::from_str_radix("18446744073709551616", 10);
pub const MINUS_UNSIGNED: Result<u32, ParseIntError> = u32::from_str_radix("-0", 10);
pub const LONE_MINUS: Result<i32, ParseIntError> = i32::from_str_radix("-", 10);
pub const EMPTY: Result<i32, ParseIntError> = i32::from_str_radix("", 10);
pub const BAD_DIGIT: Result<u16, ParseIntError> = u16::from_str_radix("12a4", 10);
pub const DIGIT_AFTER_OVERFLOW: Result<u8, ParseIntError> = u8::from_str_radix("999x", 10);
pub const BASE36: Result<u64, ParseIntError> = u64::from_str_radix("Zz9", 36);
pub const WIDE: Result<i128, ParseIntError> = i128::from_str_radix("-170141183460469231731687303715884105728", 10);
pub const WIDE_U: Result<u128, ParseIntError> = u128::from_str_radix("ffffffffffffffffffffffffffffffff", 16);
pub const USIZE: Result<usize, ParseIntError> = usize::from_str_radix("777", 8);
pub const ISIZE: Result<isize, ParseIntError> = isize::from_str_radix("-7fff", 16);

/// Parses "r,g,b" decimal components, or 0 on any error.
pub const fn parse_rgb(s: &[u8]) -> u32 {
    let mut out = 0u32;
    let mut start = 0;
    let mut i = 0;
    let mut parts = 0;
    while i <= s.len() {
        if i == s.len() || s[i] == b',' {
            let (_, rest) = s.split_at(start);
            let (field, _) = rest.split_at(i - start);
            let text = match core::str::from_utf8(field) {
                Ok(t) => t,
                Err(_) => return 0,
            };
            match u8::from_str_radix(text, 10) {
                Ok(v) => out = (out << 8) | v as u32,
                Err(_) => return 0,
            }
            parts += 1;
            start = i + 1;
        }
        i += 1;
    }
    if parts == 3 { out } else { 0 }
}

pub const TEAL: u32 = parse_rgb(b"0,128,128");
pub const BROKEN: u32 = parse_rgb(b"0,300,128");
pub const SHORT: u32 = parse_rgb(b"1,2");
