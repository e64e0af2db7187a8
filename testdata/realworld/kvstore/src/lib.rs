//! An append-only key-value store: records are encoded with a small
//! varint codec, kept in segments, and compacted when too much of a
//! segment is dead.

pub mod codec;
pub mod error;
mod store;

pub use codec::{Record, RecordKind};
pub use error::{Error, Result};
pub use store::{Segment, Store};

/// On-disk format version; bumped on incompatible changes.
pub const FORMAT_VERSION: u16 = 3;
pub const MAGIC: [u8; 4] = *b"KVS\x03";
pub const DEFAULT_SEGMENT_BYTES: usize = 4 * 1024 * 1024;
pub const COMPACT_DEAD_RATIO: f64 = 0.5;
pub const MAX_KEY_LEN: usize = codec::varint::MAX_ONE_BYTE as usize * 2 + 1;

pub const fn segment_name(n: u32) -> [u8; 12] {
    let mut name = *b"seg-0000.log";
    let mut i = 7;
    let mut v = n;
    while i >= 4 {
        name[i] = b'0' + (v % 10) as u8;
        v /= 10;
        i -= 1;
    }
    name
}

pub const FIRST_SEGMENT: [u8; 12] = segment_name(1);
pub const VERSION_STRING: &str = "kvstore format 3";
pub const HEADER_LEN: usize = MAGIC.len() + core::mem::size_of::<u16>();
