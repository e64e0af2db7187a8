// Parsing decimal, hex and signed literals from &str in const fn.
pub const fn parse_u32(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    if b.is_empty() {
        return None;
    }
    let mut v: u32 = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'_' {
            i += 1;
            continue;
        }
        if !c.is_ascii_digit() {
            return None;
        }
        v = match v.checked_mul(10) {
            Some(x) => match x.checked_add((c - b'0') as u32) {
                Some(y) => y,
                None => return None,
            },
            None => return None,
        };
        i += 1;
    }
    Some(v)
}

pub const fn parse_hex(s: &str) -> Result<u64, usize> {
    let b = s.as_bytes();
    let start = if b.len() >= 2 && b[0] == b'0' && (b[1] == b'x' || b[1] == b'X') { 2 } else { 0 };
    let mut v = 0u64;
    let mut i = start;
    while i < b.len() {
        let d = match b[i] {
            c @ b'0'..=b'9' => c - b'0',
            c @ b'a'..=b'f' => c - b'a' + 10,
            c @ b'A'..=b'F' => c - b'A' + 10,
            _ => return Err(i),
        };
        v = (v << 4) | d as u64;
        i += 1;
    }
    Ok(v)
}

pub const fn parse_i64(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let (neg, digits) = match b {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, b),
    };
    if digits.is_empty() {
        return None;
    }
    let mut v: i64 = 0;
    let mut i = 0;
    while i < digits.len() {
        let d = (digits[i] as char).to_digit(10);
        let d = if let Some(d) = d { d as i64 } else { return None };
        v = v * 10 + if neg { -d } else { d };
        i += 1;
    }
    Some(v)
}

pub const PORT: Option<u32> = parse_u32("8_080");
pub const MAX_U32: Option<u32> = parse_u32("4294967295");
pub const OVERFLOW: Option<u32> = parse_u32("4294967296");
pub const NOT_NUM: Option<u32> = parse_u32("12a");
pub const EMPTY: Option<u32> = parse_u32("");
pub const COLOR: Result<u64, usize> = parse_hex("0xFF8000");
pub const LOWER: Result<u64, usize> = parse_hex("deadbeef");
pub const BAD_HEX: Result<u64, usize> = parse_hex("0x12G4");
pub const NEG: Option<i64> = parse_i64("-9223372036854775808");
pub const POS: Option<i64> = parse_i64("+42");
pub const SIGN_ONLY: Option<i64> = parse_i64("-");
pub const RADIX_CORE: Result<u32, core::num::ParseIntError> = u32::from_str_radix("zz", 36);
pub const RADIX_OK: u32 = match u32::from_str_radix("777", 8) {
    Ok(v) => v,
    Err(_) => 0,
};
pub const RADIX_NEG: i16 = match i16::from_str_radix("-8000", 16) {
    Ok(v) => v,
    Err(_) => 1,
};
pub const RADIX_ERR: bool = u8::from_str_radix("256", 10).is_err();
