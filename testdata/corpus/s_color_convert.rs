// Color handling for a terminal theme: hex parsing of "#rrggbb" strings,
// packing into u32, HSV to RGB in integer math, luminance with f32,
// blending, and the nearest of the 16 ANSI colors.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Rgb {
    pub const BLACK: Rgb = Rgb::gray(0);
    pub const WHITE: Rgb = Rgb::gray(255);

    pub const fn gray(v: u8) -> Rgb {
        Rgb { r: v, g: v, b: v }
    }

    pub const fn pack(self) -> u32 {
        (self.r as u32) << 16 | (self.g as u32) << 8 | self.b as u32
    }

    pub const fn unpack(v: u32) -> Rgb {
        Rgb { r: (v >> 16) as u8, g: (v >> 8) as u8, b: v as u8 }
    }

    pub const fn luminance(&self) -> f32 {
        0.2126 * self.r as f32 + 0.7152 * self.g as f32 + 0.0722 * self.b as f32
    }

    pub const fn blend(self, other: Rgb, alpha: u8) -> Rgb {
        const fn mix(a: u8, b: u8, t: u8) -> u8 {
            ((a as u16 * (255 - t) as u16 + b as u16 * t as u16 + 127) / 255) as u8
        }
        Rgb { r: mix(self.r, other.r, alpha), g: mix(self.g, other.g, alpha), b: mix(self.b, other.b, alpha) }
    }

    pub const fn invert(mut self) -> Rgb {
        self.r = !self.r;
        self.g = !self.g;
        self.b = !self.b;
        self
    }
}

const fn hex_nibble(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

pub const fn parse_hex(s: &str) -> Option<Rgb> {
    let b = s.as_bytes();
    if b.len() != 7 || b[0] != b'#' {
        return None;
    }
    let mut v = [0u8; 3];
    let mut i = 0;
    while i < 3 {
        let (Some(hi), Some(lo)) = (hex_nibble(b[1 + 2 * i]), hex_nibble(b[2 + 2 * i])) else {
            return None;
        };
        v[i] = hi << 4 | lo;
        i += 1;
    }
    Some(Rgb { r: v[0], g: v[1], b: v[2] })
}

// h in 0..360, s and v in 0..=255.
pub const fn hsv(h: u16, s: u8, v: u8) -> Rgb {
    if s == 0 {
        return Rgb::gray(v);
    }
    let region = h / 60;
    let rem = (h % 60) as u32 * 255 / 60;
    let (s, v) = (s as u32, v as u32);
    let p = (v * (255 - s) / 255) as u8;
    let q = (v * (255 - s * rem / 255) / 255) as u8;
    let t = (v * (255 - s * (255 - rem) / 255) / 255) as u8;
    let v = v as u8;
    match region {
        0 => Rgb { r: v, g: t, b: p },
        1 => Rgb { r: q, g: v, b: p },
        2 => Rgb { r: p, g: v, b: t },
        3 => Rgb { r: p, g: q, b: v },
        4 => Rgb { r: t, g: p, b: v },
        _ => Rgb { r: v, g: p, b: q },
    }
}

pub const ANSI: [Rgb; 8] = [
    Rgb::BLACK,
    Rgb { r: 205, g: 0, b: 0 },
    Rgb { r: 0, g: 205, b: 0 },
    Rgb { r: 205, g: 205, b: 0 },
    Rgb { r: 0, g: 0, b: 238 },
    Rgb { r: 205, g: 0, b: 205 },
    Rgb { r: 0, g: 205, b: 205 },
    Rgb { r: 229, g: 229, b: 229 },
];

pub const fn nearest_ansi(c: Rgb) -> usize {
    let mut best = 0;
    let mut best_d = u32::MAX;
    let mut i = 0;
    while i < ANSI.len() {
        let a = ANSI[i];
        let dr = a.r as i32 - c.r as i32;
        let dg = a.g as i32 - c.g as i32;
        let db = a.b as i32 - c.b as i32;
        let d = (dr * dr + dg * dg + db * db) as u32;
        if d < best_d {
            best_d = d;
            best = i;
        }
        i += 1;
    }
    best
}

pub const ACCENT: Option<Rgb> = parse_hex("#1E90ff");
pub const BAD: [Option<Rgb>; 3] = [parse_hex("1E90ff"), parse_hex("#1E90fg"), parse_hex("#fff")];
pub const PACKED: u32 = match ACCENT {
    Some(c) => c.pack(),
    None => 0,
};
pub const UNPACKED: Rgb = Rgb::unpack(0x00AB_CDEF);
pub const HUES: [Rgb; 6] = [hsv(0, 255, 255), hsv(60, 255, 255), hsv(120, 255, 128), hsv(200, 128, 200), hsv(300, 255, 255), hsv(10, 0, 77)];
pub const LUMA: [f32; 3] = [Rgb::WHITE.luminance(), Rgb::BLACK.luminance(), Rgb { r: 30, g: 144, b: 255 }.luminance()];
pub const BLENDED: Rgb = Rgb::WHITE.blend(Rgb { r: 255, g: 0, b: 0 }, 64);
pub const INVERTED: Rgb = Rgb::unpack(0x123456).invert();
pub const NEAREST: [usize; 3] = [nearest_ansi(Rgb { r: 250, g: 10, b: 10 }), nearest_ansi(Rgb::gray(200)), nearest_ansi(Rgb { r: 0, g: 100, b: 100 })];
