// Lookup tables built at compile time: repeat expressions, nested arrays,
// tables filled by loops (CRC-8, ASCII class bits, squares, a 4x4
// multiplication table over GF(16)), and lookups into them.

pub const CRC8_POLY: u8 = 0x07;

pub const fn crc8_table() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u8;
        let mut k = 0;
        while k < 8 {
            c = if c & 0x80 != 0 { (c << 1) ^ CRC8_POLY } else { c << 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
}

pub const CRC8: [u8; 256] = crc8_table();

pub const fn crc8(data: &[u8]) -> u8 {
    let mut c = 0u8;
    let mut i = 0;
    while i < data.len() {
        c = CRC8[(c ^ data[i]) as usize];
        i += 1;
    }
    c
}

pub const DIGIT: u8 = 1;
pub const UPPER: u8 = 2;
pub const LOWER: u8 = 4;
pub const SPACE: u8 = 8;
pub const HEX: u8 = 16;

pub const fn class_table() -> [u8; 128] {
    let mut t = [0u8; 128];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        let mut bits = 0;
        if b.is_ascii_digit() {
            bits |= DIGIT | HEX;
        }
        if b.is_ascii_uppercase() {
            bits |= UPPER;
        }
        if b.is_ascii_lowercase() {
            bits |= LOWER;
        }
        if matches!(b, b'a'..=b'f' | b'A'..=b'F') {
            bits |= HEX;
        }
        if matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
            bits |= SPACE;
        }
        t[c] = bits;
        c += 1;
    }
    t
}

pub static CLASSES: [u8; 128] = class_table();

// Multiplication in GF(2^4) with x^4 + x + 1.
pub const fn gf16_mul(mut a: u8, mut b: u8) -> u8 {
    let mut p = 0;
    while b != 0 {
        if b & 1 != 0 {
            p ^= a;
        }
        a <<= 1;
        if a & 0x10 != 0 {
            a ^= 0x13;
        }
        b >>= 1;
    }
    p & 0xF
}

pub const fn gf16_table() -> [[u8; 16]; 16] {
    let mut t = [[0; 16]; 16];
    let mut a = 0;
    while a < 16 {
        let mut b = 0;
        while b < 16 {
            t[a][b] = gf16_mul(a as u8, b as u8);
            b += 1;
        }
        a += 1;
    }
    t
}

pub const GF16: [[u8; 16]; 16] = gf16_table();

pub const SQUARES: [u32; 20] = {
    let mut t = [0; 20];
    let mut i = 0;
    while i < t.len() {
        t[i] = (i * i) as u32;
        i += 1;
    }
    t
};

pub const BOARD: [[Option<char>; 3]; 3] = [[None; 3], [Some('x'), None, Some('o')], [Some('o'); 3]];
pub const ZEROED: [[[u8; 2]; 2]; 2] = [[[0; 2]; 2]; 2];
pub const BANNER: [&str; 3] = ["=="; 3];
pub const UNITS: [(); 4] = [(); 4];

pub const CRC_CHECK: u8 = crc8(b"123456789");
pub const CRC_EMPTY: u8 = crc8(b"");
pub const CRC_ROW: [u8; 8] = {
    let mut r = [0; 8];
    let mut i = 0;
    while i < 8 {
        r[i] = CRC8[i * 32 + 1];
        i += 1;
    }
    r
};
pub const CLASS_OF: [u8; 5] = [CLASSES[b'7' as usize], CLASSES[b'c' as usize], CLASSES[b'Z' as usize], CLASSES[b' ' as usize], CLASSES[b'~' as usize]];
pub const GF_ROW7: [u8; 16] = GF16[7];
pub const GF_INVERSE_OF_9: u8 = {
    let mut x = 1;
    while GF16[9][x] != 1 {
        x += 1;
    }
    x as u8
};
pub const SQUARE_SUM: u32 = {
    let mut s = 0;
    let mut i = 0;
    while i < SQUARES.len() {
        s += SQUARES[i];
        i += 1;
    }
    s
};
