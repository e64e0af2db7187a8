// Byte strings and byte literals.
pub const BS: &[u8; 5] = b"hello";
pub const BS_SLICE: &[u8] = b"bytes\x00\xff\n";
pub const BYTE: u8 = b'A';
pub const ESC_BYTE: u8 = b'\n';
pub const HEX_BYTE: u8 = b'\x7f';
pub const RAW_BS: &[u8] = br"raw\n";
pub const ARR: [u8; 3] = *b"xyz";
pub const EMPTY: &[u8] = b"";
pub const LEN: usize = BS.len();
pub const FIRST: u8 = BS[0];
pub const BYTES_OF_CHARS: [u8; 4] = [b'0', b'9', b'a', b'z'];

const fn parse_u32(s: &[u8]) -> u32 {
    let mut v = 0u32;
    let mut i = 0;
    while i < s.len() {
        v = v * 10 + (s[i] - b'0') as u32;
        i += 1;
    }
    v
}

pub const PARSED: u32 = parse_u32(b"4096");
pub const PARSED_BIG: u32 = parse_u32(b"4000000000");

const fn to_upper<const N: usize>(s: &[u8; N]) -> [u8; N] {
    let mut out = *s;
    let mut i = 0;
    while i < N {
        if out[i] >= b'a' && out[i] <= b'z' {
            out[i] -= 32;
        }
        i += 1;
    }
    out
}

pub const UPPER: [u8; 5] = to_upper(b"MiXeD");

const fn hex_digit(d: u8) -> u8 {
    match d {
        0..=9 => b'0' + d,
        _ => b'a' + d - 10,
    }
}

const fn to_hex(b: u8) -> [u8; 2] {
    [hex_digit(b >> 4), hex_digit(b & 15)]
}

pub const HEX: [u8; 2] = to_hex(0xC3);
pub static STATIC_BYTES: &[u8] = b"static\tbytes";
