//! Record encoding: `kind, varint key length, key, varint value length,
//! value`, with a checksum byte.

pub mod varint;

use crate::error::{Error, Result, BAD_KIND, TRUNCATED};
use self::varint::{decode, encode};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum RecordKind {
    Put = b'P',
    Delete = b'D',
    Checkpoint = b'C',
}

impl RecordKind {
    pub const ALL: [RecordKind; 3] = [RecordKind::Put, RecordKind::Delete, RecordKind::Checkpoint];

    pub const fn from_byte(b: u8) -> Option<RecordKind> {
        match b {
            b'P' => Some(RecordKind::Put),
            b'D' => Some(RecordKind::Delete),
            b'C' => Some(RecordKind::Checkpoint),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub kind: RecordKind,
    pub key: Vec<u8>,
    pub value: Vec<u8>,
}

pub const fn checksum(bytes: &[u8]) -> u8 {
    let mut s: u8 = 0;
    let mut i = 0;
    while i < bytes.len() {
        s = s.rotate_left(1) ^ bytes[i];
        i += 1;
    }
    s
}

pub const PUT_BYTE: u8 = RecordKind::Put as u8;
pub const SAMPLE_CHECKSUM: u8 = checksum(b"Pkeyvalue");
pub const MIN_RECORD_LEN: usize = 1 + 1 + 1 + 1;

impl Record {
    pub fn put(key: &[u8], value: &[u8]) -> Result<Record> {
        if key.len() > crate::MAX_KEY_LEN {
            return Err(Error::KeyTooLong(key.len()));
        }
        Ok(Record { kind: RecordKind::Put, key: key.to_vec(), value: value.to_vec() })
    }

    pub fn encode(&self, out: &mut Vec<u8>) {
        let start = out.len();
        out.push(self.kind as u8);
        encode(self.key.len() as u64, out);
        out.extend_from_slice(&self.key);
        encode(self.value.len() as u64, out);
        out.extend_from_slice(&self.value);
        let sum = checksum(&out[start..]);
        out.push(sum);
    }

    pub fn decode(buf: &[u8], offset: u64) -> Result<(Record, usize)> {
        let corrupt = |reason| Error::Corrupt { offset, reason };
        let kind = RecordKind::from_byte(*buf.first().ok_or(corrupt(TRUNCATED))?).ok_or(corrupt(BAD_KIND))?;
        let mut at = 1;
        let mut field = |at: &mut usize| -> Result<Vec<u8>> {
            let (len, n) = decode(&buf[*at..]).ok_or(corrupt(TRUNCATED))?;
            *at += n;
            let end = *at + len as usize;
            let bytes = buf.get(*at..end).ok_or(corrupt(TRUNCATED))?.to_vec();
            *at = end;
            Ok(bytes)
        };
        let key = field(&mut at)?;
        let value = field(&mut at)?;
        let sum = *buf.get(at).ok_or(corrupt(TRUNCATED))?;
        if sum != checksum(&buf[..at]) {
            return Err(corrupt("checksum mismatch"));
        }
        Ok((Record { kind, key, value }, at + 1))
    }
}
