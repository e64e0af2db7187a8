// Parsing "#rrggbb" / "#rgb" color strings and converting between RGB, HSV-ish and packed forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

const fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

const fn pair(hi: u8, lo: u8) -> Option<u8> {
    match (hex_val(hi), hex_val(lo)) {
        (Some(h), Some(l)) => Some(h << 4 | l),
        _ => None,
    }
}

impl Rgb {
    pub const fn parse(s: &str) -> Option<Rgb> {
        match s.as_bytes() {
            [b'#', r1, r2, g1, g2, b1, b2] => match (pair(*r1, *r2), pair(*g1, *g2), pair(*b1, *b2)) {
                (Some(r), Some(g), Some(b)) => Some(Rgb { r, g, b }),
                _ => None,
            },
            [b'#', r, g, b] => match (pair(*r, *r), pair(*g, *g), pair(*b, *b)) {
                (Some(r), Some(g), Some(b)) => Some(Rgb { r, g, b }),
                _ => None,
            },
            _ => None,
        }
    }
    pub const fn packed(self) -> u32 {
        (self.r as u32) << 16 | (self.g as u32) << 8 | self.b as u32
    }
    pub const fn to_hex(self) -> [u8; 7] {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let p = self.packed();
        let mut out = [b'#'; 7];
        let mut i = 0;
        while i < 6 {
            out[6 - i] = DIGITS[((p >> (4 * i)) & 0xF) as usize];
            i += 1;
        }
        out
    }
    pub const fn hue(self) -> u16 {
        let (r, g, b) = (self.r as i32, self.g as i32, self.b as i32);
        let max = if r > g { if r > b { r } else { b } } else if g > b { g } else { b };
        let min = if r < g { if r < b { r } else { b } } else if g < b { g } else { b };
        let d = max - min;
        if d == 0 {
            return 0;
        }
        let h = if max == r {
            60 * (g - b) / d
        } else if max == g {
            60 * (b - r) / d + 120
        } else {
            60 * (r - g) / d + 240
        };
        h.rem_euclid(360) as u16
    }
    pub const fn blend(self, o: Rgb, t: u8) -> Rgb {
        const fn mix(a: u8, b: u8, t: u8) -> u8 {
            ((a as u16 * (255 - t) as u16 + b as u16 * t as u16 + 127) / 255) as u8
        }
        Rgb { r: mix(self.r, o.r, t), g: mix(self.g, o.g, t), b: mix(self.b, o.b, t) }
    }
}

pub const ORANGE: Option<Rgb> = Rgb::parse("#ff8000");
pub const SHORT: Option<Rgb> = Rgb::parse("#0fA");
pub const BAD: Option<Rgb> = Rgb::parse("#12345g");
pub const NO_HASH: Option<Rgb> = Rgb::parse("ff8000");
pub const PACKED: u32 = match ORANGE {
    Some(c) => c.packed(),
    None => 0,
};
pub const TEAL: Rgb = Rgb { r: 0, g: 128, b: 128 };
pub const TEAL_HEX: [u8; 7] = TEAL.to_hex();
pub const TEAL_STR: &str = match core::str::from_utf8(&TEAL_HEX) {
    Ok(s) => s,
    Err(_) => "",
};
pub const HUES: [u16; 4] = [TEAL.hue(), Rgb { r: 255, g: 0, b: 0 }.hue(), Rgb { r: 255, g: 0, b: 128 }.hue(), Rgb { r: 9, g: 9, b: 9 }.hue()];
pub const MIDPOINT: Rgb = TEAL.blend(Rgb { r: 255, g: 255, b: 255 }, 128);
