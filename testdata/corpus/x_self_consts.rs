// impl blocks whose consts refer to Self::CONST and to consts of other types.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Color(pub u8, pub u8, pub u8);

impl Color {
    pub const BLACK: Self = Self(0, 0, 0);
    pub const WHITE: Self = Self(Self::MAX, Self::MAX, Self::MAX);
    pub const MAX: u8 = u8::MAX;
    pub const RED: Self = Self(Self::MAX, 0, 0);
    pub const GREY: Self = Self::WHITE.scale(Self::HALF);
    pub const HALF: u8 = Self::MAX / 2 + 1;
    pub const PALETTE: [Self; 4] = [Self::BLACK, Self::RED, Self::GREY, Self::WHITE];
    pub const PALETTE_LEN: usize = Self::PALETTE.len();

    pub const fn scale(self, f: u8) -> Self {
        Self(
            ((self.0 as u16 * f as u16) / 256) as u8,
            ((self.1 as u16 * f as u16) / 256) as u8,
            ((self.2 as u16 * f as u16) / 256) as u8,
        )
    }
    pub const fn luma(self) -> u8 {
        ((self.0 as u32 * 299 + self.1 as u32 * 587 + self.2 as u32 * 114) / 1000) as u8
    }
}

pub struct Screen;

impl Screen {
    pub const WIDTH: u32 = 320;
    pub const HEIGHT: u32 = 200;
    pub const PIXELS: u32 = Self::WIDTH * Self::HEIGHT;
    pub const BYTES: u32 = Self::PIXELS * Self::BPP;
    pub const BPP: u32 = 3;
    pub const BACKGROUND: Color = Color::GREY;
    pub const ASPECT: (u32, u32) = {
        let g = gcd(Self::WIDTH, Self::HEIGHT);
        (Self::WIDTH / g, Self::HEIGHT / g)
    };
}

const fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 { a } else { gcd(b, a % b) }
}

pub struct Hd;
impl Hd {
    pub const SCALE: u32 = 6;
    pub const WIDTH: u32 = Screen::WIDTH * Self::SCALE;
    pub const HEIGHT: u32 = Screen::HEIGHT * Self::SCALE * 9 / 10;
    pub const FITS_U16: bool = Self::WIDTH <= u16::MAX as u32;
}

pub const GREY_LUMA: u8 = Color::GREY.luma();
pub const RED_LUMA: u8 = Color::RED.luma();
pub const LUMAS: [u8; 4] = {
    let mut l = [0; 4];
    let mut i = 0;
    while i < Color::PALETTE_LEN {
        l[i] = Color::PALETTE[i].luma();
        i += 1;
    }
    l
};
pub const SCREEN_BYTES: u32 = Screen::BYTES;
pub const HD: (u32, u32, bool) = (Hd::WIDTH, Hd::HEIGHT, Hd::FITS_U16);
