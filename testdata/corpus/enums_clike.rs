// C-like enums: implicit and explicit discriminants, reprs, casts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

#[derive(Debug, Clone, Copy)]
#[repr(u16)]
pub enum Port {
    Http = 80,
    Https = 443,
    Alt = 8080,
    Next,
}

#[derive(Debug, Clone, Copy)]
#[repr(i8)]
pub enum Sign {
    Minus = -1,
    Zero,
    Plus,
}

#[derive(Debug, Clone, Copy)]
#[repr(u32)]
pub enum Flags {
    A = 1 << 0,
    B = 1 << 1,
    C = 1 << 2,
    Big = 0xFFFF_0000,
}

#[derive(Debug, Clone, Copy)]
pub enum Single {
    Only,
}

pub const DAY: Weekday = Weekday::Fri;
pub const DAY_NUM: u8 = Weekday::Sun as u8;
pub const PORTS: [u16; 4] = [Port::Http as u16, Port::Https as u16, Port::Alt as u16, Port::Next as u16];
pub const SIGNS: [i8; 3] = [Sign::Minus as i8, Sign::Zero as i8, Sign::Plus as i8];
pub const SIGN_AS_U8: u8 = Sign::Minus as u8;
pub const FLAGS: u32 = Flags::A as u32 | Flags::C as u32 | Flags::Big as u32;
pub const SINGLE: Single = Single::Only;
pub const SINGLE_NUM: i32 = Single::Only as i32;

const fn next(d: Weekday) -> Weekday {
    match d {
        Weekday::Mon => Weekday::Tue,
        Weekday::Tue => Weekday::Wed,
        Weekday::Wed => Weekday::Thu,
        Weekday::Thu => Weekday::Fri,
        Weekday::Fri => Weekday::Sat,
        Weekday::Sat => Weekday::Sun,
        Weekday::Sun => Weekday::Mon,
    }
}

pub const AFTER_SUN: Weekday = next(Weekday::Sun);
pub const WEEK: [Weekday; 3] = [next(DAY), next(next(DAY)), next(next(next(DAY)))];

const fn is_weekend(d: Weekday) -> bool {
    matches!(d, Weekday::Sat | Weekday::Sun)
}

pub const WEEKEND: (bool, bool) = (is_weekend(Weekday::Sat), is_weekend(Weekday::Wed));
pub static STATIC_PORT: Port = Port::Alt;

pub fn describe(d: Weekday) -> String {
    format!("{:?} is day {}", d, d as u8)
}
