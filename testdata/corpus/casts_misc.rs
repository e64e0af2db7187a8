// bool, char and enum casts.
#[derive(Debug, Clone, Copy)]
pub enum Level {
    Low = 1,
    Mid = 5,
    High = 10,
}

#[derive(Debug, Clone, Copy)]
#[repr(u8)]
pub enum Small {
    A,
    B,
    C = 200,
    D,
}

#[derive(Debug, Clone, Copy)]
#[repr(i16)]
pub enum Signed {
    Neg = -3,
    Zero = 0,
    Pos = 3,
}

pub const TRUE_U8: u8 = true as u8;
pub const FALSE_I64: i64 = false as i64;
pub const CHAR_A: u32 = 'A' as u32;
pub const CHAR_EMOJI: u32 = '😀' as u32;
pub const CHAR_TRUNC: u8 = 'é' as u8;
pub const BYTE_CHAR: char = 97u8 as char;
pub const HIGH_BYTE_CHAR: char = 0xE9u8 as char;
pub const NUL_CHAR: char = 0u8 as char;
pub const LEVELS: [isize; 3] = [Level::Low as isize, Level::Mid as isize, Level::High as isize];
pub const LEVEL_U8: u8 = Level::High as u8;
pub const SMALL: [u8; 4] = [Small::A as u8, Small::B as u8, Small::C as u8, Small::D as u8];
pub const SMALL_I8: i8 = Small::D as i8;
pub const SIGNED: [i16; 3] = [Signed::Neg as i16, Signed::Zero as i16, Signed::Pos as i16];
pub const SIGNED_U16: u16 = Signed::Neg as u16;
pub const PICK: Level = Level::Mid;
pub const PICK_SMALL: Small = Small::D;

const fn digit_char(d: u8) -> char {
    (b'0' + d) as char
}

pub const DIGITS: [char; 3] = [digit_char(1), digit_char(5), digit_char(9)];
pub const UPPER: char = (b'a' - 32) as char;
pub static BOOL_SUM: u32 = true as u32 + true as u32 + false as u32;
