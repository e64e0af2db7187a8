// Parsers over byte strings: decimal and hex integers with signs and
// errors, dotted IPv4 addresses, `key=value;` pairs and a version string.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    BadDigit { at: usize, byte: u8 },
    Overflow,
    Trailing(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Version {
    pub major: u16,
    pub minor: u16,
    pub patch: u16,
}

const fn digit_value(b: u8, radix: u32) -> Option<u32> {
    let v = match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => return None,
    };
    if v < radix { Some(v) } else { None }
}

pub const fn parse_int(s: &[u8], radix: u32) -> Result<i64, ParseError> {
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    let (neg, mut i) = match s[0] {
        b'-' => (true, 1),
        b'+' => (false, 1),
        _ => (false, 0),
    };
    if i == s.len() {
        return Err(ParseError::Empty);
    }
    let mut acc: i64 = 0;
    while i < s.len() {
        let Some(d) = digit_value(s[i], radix) else {
            return Err(ParseError::BadDigit { at: i, byte: s[i] });
        };
        acc = match acc.checked_mul(radix as i64) {
            Some(v) => v,
            None => return Err(ParseError::Overflow),
        };
        acc = match if neg { acc.checked_sub(d as i64) } else { acc.checked_add(d as i64) } {
            Some(v) => v,
            None => return Err(ParseError::Overflow),
        };
        i += 1;
    }
    Ok(acc)
}

// Parses "a.b.c.d" into a u32 in network order.
pub const fn parse_ipv4(s: &[u8]) -> Option<u32> {
    let mut out: u32 = 0;
    let mut part: u32 = 0;
    let mut digits = 0;
    let mut dots = 0;
    let mut i = 0;
    while i <= s.len() {
        let b = if i < s.len() { s[i] } else { b'.' };
        if b == b'.' {
            if digits == 0 || part > 255 {
                return None;
            }
            out = (out << 8) | part;
            part = 0;
            digits = 0;
            dots += 1;
        } else if b.is_ascii_digit() {
            part = part * 10 + (b - b'0') as u32;
            digits += 1;
            if digits > 3 {
                return None;
            }
        } else {
            return None;
        }
        i += 1;
    }
    if dots == 4 { Some(out) } else { None }
}

// Looks up `key` in "k1=v1;k2=v2" and returns the value's byte range.
pub const fn lookup(s: &[u8], key: &[u8]) -> Option<(usize, usize)> {
    let mut i = 0;
    while i < s.len() {
        let start = i;
        while i < s.len() && s[i] != b'=' {
            i += 1;
        }
        let key_end = i;
        i += 1;
        let val_start = i;
        while i < s.len() && s[i] != b';' {
            i += 1;
        }
        if key_end - start == key.len() {
            let mut k = 0;
            while k < key.len() && s[start + k] == key[k] {
                k += 1;
            }
            if k == key.len() {
                return Some((val_start, i));
            }
        }
        i += 1;
    }
    None
}

pub const fn parse_version(s: &[u8]) -> Result<Version, ParseError> {
    let mut parts = [0u16; 3];
    let mut n = 0;
    let mut i = 0;
    let mut seen = false;
    while i < s.len() {
        match s[i] {
            b'.' if n < 2 && seen => {
                n += 1;
                seen = false;
            }
            c @ b'0'..=b'9' => {
                let v = parts[n] as u32 * 10 + (c - b'0') as u32;
                if v > u16::MAX as u32 {
                    return Err(ParseError::Overflow);
                }
                parts[n] = v as u16;
                seen = true;
            }
            b'-' | b'+' if n == 2 && seen => return Err(ParseError::Trailing(i)),
            byte => return Err(ParseError::BadDigit { at: i, byte }),
        }
        i += 1;
    }
    if !seen {
        return Err(ParseError::Empty);
    }
    Ok(Version { major: parts[0], minor: parts[1], patch: parts[2] })
}

const CONFIG: &[u8] = b"host=db.local;port=5432;timeout=30;mode=ro";

const fn config_int(key: &[u8]) -> i64 {
    match lookup(CONFIG, key) {
        Some((a, b)) => match parse_int(CONFIG.split_at(b).0.split_at(a).1, 10) {
            Ok(v) => v,
            Err(_) => -1,
        },
        None => -2,
    }
}

pub const INTS: [Result<i64, ParseError>; 7] = [
    parse_int(b"12345", 10),
    parse_int(b"-ff", 16),
    parse_int(b"+0777", 8),
    parse_int(b"", 10),
    parse_int(b"-", 10),
    parse_int(b"12a4", 10),
    parse_int(b"99999999999999999999", 10),
];
pub const MIN_I64: Result<i64, ParseError> = parse_int(b"-9223372036854775808", 10);
pub const IPS: [Option<u32>; 5] = [
    parse_ipv4(b"192.168.1.20"),
    parse_ipv4(b"10.0.0.1"),
    parse_ipv4(b"256.1.1.1"),
    parse_ipv4(b"1.2.3"),
    parse_ipv4(b"1..2.3"),
];
pub const PORT: i64 = config_int(b"port");
pub const TIMEOUT: i64 = config_int(b"timeout");
pub const MISSING: i64 = config_int(b"user");
pub const NOT_INT: i64 = config_int(b"mode");
pub const HOST_RANGE: Option<(usize, usize)> = lookup(CONFIG, b"host");
pub const VERSIONS: [Result<Version, ParseError>; 5] = [
    parse_version(b"1.95.0"),
    parse_version(b"0.1"),
    parse_version(b"1.2.3-beta"),
    parse_version(b"1.x"),
    parse_version(b"70000.0.0"),
];
