//! Errors of the store and its codec.

use std::fmt;
use std::io;

#[derive(Debug)]
pub enum Error {
    Io(io::Error),
    Corrupt { offset: u64, reason: &'static str },
    KeyTooLong(usize),
    BadMagic([u8; 4]),
}

pub type Result<T> = std::result::Result<T, Error>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io(e) => write!(f, "i/o: {}", e),
            Error::Corrupt { offset, reason } => write!(f, "corrupt record at {}: {}", offset, reason),
            Error::KeyTooLong(n) => write!(f, "key of {} bytes exceeds {}", n, crate::MAX_KEY_LEN),
            Error::BadMagic(m) => write!(f, "bad magic {:02x?}", m),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Io(e)
    }
}

pub const TRUNCATED: &str = "record truncated";
pub const BAD_KIND: &str = "unknown record kind";
pub const REASONS: [&str; 2] = [TRUNCATED, BAD_KIND];
