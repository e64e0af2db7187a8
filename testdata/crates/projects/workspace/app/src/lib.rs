use sc::units::{KIB, MIB};
use sc::Version;

pub mod tables;

pub const BUFFER: usize = 16 * sc::PAGE;
pub const BUFFER_PAGES: usize = sc::pages(BUFFER + 1);
pub const LIMIT: u64 = sc::MAX_ITEMS as u64 * 3;
pub const CACHE: usize = 64 * MIB + 512 * KIB;
pub const PACKED: u32 = Version::CURRENT.packed();
pub const NEXT: Version = Version { minor: Version::CURRENT.minor + 1, ..Version::CURRENT };
pub const LABEL: &str = sc::NAME;
pub const UNICODE: (u8, u8, u8) = unicode_width::UNICODE_VERSION;
pub const XID_UNICODE: (u64, u64, u64) = unicode_xid::UNICODE_VERSION;
pub const NEWER_WIDTH_TABLES: bool = UNICODE.0 as u64 > XID_UNICODE.0;
pub static BANNER: [u8; 4] = *b"shop";
