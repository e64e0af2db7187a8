// panic!, assert!, unreachable! and todo! on paths a const evaluation does
// not take: validation helpers of a parser whose inputs are well-formed.

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Unit {
    Bytes,
    Kilo,
    Mega,
}

const fn unit_of(c: u8) -> Unit {
    match c {
        b'b' | b'B' => Unit::Bytes,
        b'k' | b'K' => Unit::Kilo,
        b'm' | b'M' => Unit::Mega,
        b'g' | b'G' => todo!(),
        _ => panic!("unknown unit suffix"),
    }
}

const fn digit(c: u8) -> u64 {
    if c < b'0' || c > b'9' {
        panic!("not a digit");
    }
    (c - b'0') as u64
}

// Parses sizes like b"64k" or b"3M".
const fn parse_size(s: &[u8]) -> u64 {
    assert!(s.len() >= 2, "size too short");
    let mut n = 0u64;
    let mut i = 0;
    while i < s.len() - 1 {
        n = n * 10 + digit(s[i]);
        i += 1;
    }
    let mult = match unit_of(s[s.len() - 1]) {
        Unit::Bytes => 1,
        Unit::Kilo => 1 << 10,
        Unit::Mega => 1 << 20,
    };
    n * mult
}

const fn quadrant_name(deg: u32) -> &'static str {
    match deg % 360 / 90 {
        0 => "NE",
        1 => "NW",
        2 => "SW",
        3 => "SE",
        _ => unreachable!(),
    }
}

const fn half(n: u32) -> u32 {
    if n % 2 != 0 {
        unreachable!();
    }
    n / 2
}

const fn must(o: Option<u32>) -> u32 {
    match o {
        Some(v) => v,
        None => panic!(),
    }
}

pub const BUF: u64 = parse_size(b"64k");
pub const CACHE: u64 = parse_size(b"3M");
pub const SMALL: u64 = parse_size(b"512b");
pub const DIRS: [&str; 4] = [quadrant_name(45), quadrant_name(100), quadrant_name(200), quadrant_name(719)];
pub const HALVES: [u32; 3] = [half(0), half(10), half(4096)];
pub const MUST: u32 = must(Some(41)) + 1;
pub const UNIT: Unit = unit_of(b'K');
