// Enums with explicit discriminants, repr types and `as` casts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpStatus {
    Ok = 200,
    Created = 201,
    NoContent = 204,
    MovedPermanently = 301,
    NotFound = 404,
    Teapot = 418,
    Internal = 500,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(i8)]
pub enum Level {
    Trace = -2,
    Debug,
    Info,
    Warn = 5,
    Error,
}

#[derive(Debug, Clone, Copy)]
#[repr(u32)]
pub enum Magic {
    Elf = 0x7F45_4C46,
    Zip = 0x504B_0304,
    Png = 0x8950_4E47,
}

#[derive(Debug, Clone, Copy)]
#[repr(i64)]
pub enum Extreme {
    Low = i64::MIN,
    High = i64::MAX,
}

impl HttpStatus {
    pub const ALL: [HttpStatus; 7] = [
        HttpStatus::Ok,
        HttpStatus::Created,
        HttpStatus::NoContent,
        HttpStatus::MovedPermanently,
        HttpStatus::NotFound,
        HttpStatus::Teapot,
        HttpStatus::Internal,
    ];
    pub const fn code(self) -> u16 {
        self as u16
    }
    pub const fn from_code(c: u16) -> Option<HttpStatus> {
        let mut i = 0;
        while i < Self::ALL.len() {
            if Self::ALL[i] as u16 == c {
                return Some(Self::ALL[i]);
            }
            i += 1;
        }
        None
    }
    pub const fn is_error(self) -> bool {
        matches!(self.code(), 400..=599)
    }
}

pub const TEAPOT: u16 = HttpStatus::Teapot.code();
pub const FROM_404: Option<HttpStatus> = HttpStatus::from_code(404);
pub const FROM_999: Option<HttpStatus> = HttpStatus::from_code(999);
pub const ERRORS: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < HttpStatus::ALL.len() {
        if HttpStatus::ALL[i].is_error() {
            n += 1;
        }
        i += 1;
    }
    n
};
pub const LEVELS: [i8; 5] = [Level::Trace as i8, Level::Debug as i8, Level::Info as i8, Level::Warn as i8, Level::Error as i8];
pub const TRACE_AS_U8: u8 = Level::Trace as u8;
pub const TRACE_AS_I32: i32 = Level::Trace as i32;
pub const INFO_AS_U64: u64 = Level::Info as u64;
pub const ELF: u32 = Magic::Elf as u32;
pub const PNG_AS_I32: i32 = Magic::Png as i32;
pub const ZIP_BYTES: [u8; 4] = (Magic::Zip as u32).to_be_bytes();
pub const EXTREMES: (i64, i64, u64) = (Extreme::Low as i64, Extreme::High as i64, Extreme::Low as u64);
pub const EXTREME_AS_I8: i8 = Extreme::High as i8;
pub const STATUS_AS_U8: u8 = HttpStatus::MovedPermanently as u8;
pub const CMP: bool = (Level::Warn as i8) > (Level::Info as i8);
