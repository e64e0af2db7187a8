// Roman numeral conversion into fixed byte buffers at compile time.
#[derive(Debug, Clone, Copy)]
pub struct Roman {
    pub buf: [u8; 16],
    pub len: usize,
}

const VALUES: [(u16, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

const fn to_roman(mut n: u16) -> Roman {
    let mut r = Roman { buf: [0; 16], len: 0 };
    let mut i = 0;
    while i < VALUES.len() {
        let (v, s) = VALUES[i];
        while n >= v {
            let b = s.as_bytes();
            let mut k = 0;
            while k < b.len() {
                r.buf[r.len] = b[k];
                r.len += 1;
                k += 1;
            }
            n -= v;
        }
        i += 1;
    }
    r
}

const fn as_str(r: &Roman) -> &str {
    let (head, _) = r.buf.split_at(r.len);
    match std::str::from_utf8(head) {
        Ok(s) => s,
        Err(_) => "",
    }
}

const fn from_roman(s: &str) -> u16 {
    let b = s.as_bytes();
    let mut total = 0i32;
    let mut i = 0;
    while i < b.len() {
        let v = digit(b[i]);
        if i + 1 < b.len() && v < digit(b[i + 1]) {
            total -= v as i32;
        } else {
            total += v as i32;
        }
        i += 1;
    }
    total as u16
}

const fn digit(c: u8) -> u16 {
    match c {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        b'L' => 50,
        b'C' => 100,
        b'D' => 500,
        b'M' => 1000,
        _ => 0,
    }
}

pub const R1994: Roman = to_roman(1994);
pub const R1994_LEN: usize = R1994.len;
pub const R2024: Roman = to_roman(2024);
pub const PARSED: [u16; 3] = [from_roman("MCMXCIV"), from_roman("XLII"), from_roman("MMMCMXCIX")];

pub fn roman_string(n: u16) -> String {
    as_str(&to_roman(n)).to_string()
}
