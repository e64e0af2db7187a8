//! A binary wire protocol: reader/writer traits with generic helpers,
//! message kinds as a repr(u8) enum with TryFrom, length-prefixed frames,
//! and protocol constants checked at compile time.

use std::convert::TryFrom;
use std::error::Error;
use std::fmt;
use std::io::{self, Cursor, Read, Write};

pub const MAGIC: u16 = 0xC0DE;
pub const VERSION: u8 = 2;
pub const HEADER_LEN: usize = 2 + 1 + 1 + 4;
pub const MAX_FRAME: u32 = 1 << 20;
pub const MAX_PAYLOAD: usize = MAX_FRAME as usize - HEADER_LEN;
pub const HEADER_TEMPLATE: [u8; HEADER_LEN] = header_bytes(Kind::Ping, 0);
const _: () = assert!(HEADER_LEN == 8);
const _: () = assert!(MAX_PAYLOAD < u32::MAX as usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Kind {
    Ping = 0x01,
    Pong = 0x02,
    Data = 0x10,
    Ack = 0x11,
    Close = 0xFF,
}

impl Kind {
    pub const ALL: [Kind; 5] = [Kind::Ping, Kind::Pong, Kind::Data, Kind::Ack, Kind::Close];

    pub const fn has_payload(self) -> bool {
        matches!(self, Kind::Data | Kind::Close)
    }
}

pub const PAYLOAD_KINDS: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < Kind::ALL.len() {
        if Kind::ALL[i].has_payload() {
            n += 1;
        }
        i += 1;
    }
    n
};

pub const fn header_bytes(kind: Kind, len: u32) -> [u8; HEADER_LEN] {
    let m = MAGIC.to_be_bytes();
    let l = len.to_be_bytes();
    [m[0], m[1], VERSION, kind as u8, l[0], l[1], l[2], l[3]]
}

pub const DATA_HEADER: [u8; HEADER_LEN] = header_bytes(Kind::Data, 300);

#[derive(Debug)]
pub enum ProtoError {
    Io(io::Error),
    BadMagic(u16),
    BadVersion(u8),
    UnknownKind(u8),
    TooLarge(u32),
}

impl fmt::Display for ProtoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProtoError::Io(e) => write!(f, "i/o: {}", e),
            ProtoError::BadMagic(m) => write!(f, "bad magic {:#06x}", m),
            ProtoError::BadVersion(v) => write!(f, "unsupported version {}", v),
            ProtoError::UnknownKind(k) => write!(f, "unknown message kind {:#04x}", k),
            ProtoError::TooLarge(n) => write!(f, "frame of {} bytes exceeds {}", n, MAX_FRAME),
        }
    }
}

impl Error for ProtoError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        if let ProtoError::Io(e) = self { Some(e) } else { None }
    }
}

impl From<io::Error> for ProtoError {
    fn from(e: io::Error) -> Self {
        ProtoError::Io(e)
    }
}

impl TryFrom<u8> for Kind {
    type Error = ProtoError;
    fn try_from(b: u8) -> Result<Kind, ProtoError> {
        Kind::ALL.iter().copied().find(|k| *k as u8 == b).ok_or(ProtoError::UnknownKind(b))
    }
}

/// Big-endian primitives over any reader.
pub trait ReadBe: Read {
    fn read_array<const N: usize>(&mut self) -> io::Result<[u8; N]> {
        let mut b = [0u8; N];
        self.read_exact(&mut b)?;
        Ok(b)
    }
    fn read_u16_be(&mut self) -> io::Result<u16> {
        self.read_array().map(u16::from_be_bytes)
    }
    fn read_u32_be(&mut self) -> io::Result<u32> {
        self.read_array().map(u32::from_be_bytes)
    }
    fn read_u8(&mut self) -> io::Result<u8> {
        self.read_array::<1>().map(|b| b[0])
    }
}

impl<R: Read + ?Sized> ReadBe for R {}

pub trait WriteBe: Write {
    fn write_be<T: ToBe>(&mut self, v: T) -> io::Result<()> {
        self.write_all(v.to_be().as_ref())
    }
}

impl<W: Write + ?Sized> WriteBe for W {}

pub trait ToBe {
    type Bytes: AsRef<[u8]>;
    fn to_be(self) -> Self::Bytes;
}

macro_rules! to_be {
    ($($t:ty => $n:expr),*) => {$(
        impl ToBe for $t {
            type Bytes = [u8; $n];
            fn to_be(self) -> [u8; $n] { self.to_be_bytes() }
        }
    )*};
}

to_be!(u8 => 1, u16 => 2, u32 => 4, u64 => 8);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    pub kind: Kind,
    pub payload: Vec<u8>,
}

impl Frame {
    pub fn write_to<W: Write>(&self, w: &mut W) -> Result<(), ProtoError> {
        let len = u32::try_from(self.payload.len()).map_err(|_| ProtoError::TooLarge(u32::MAX))?;
        w.write_be(MAGIC)?;
        w.write_be(VERSION)?;
        w.write_be(self.kind as u8)?;
        w.write_be(len)?;
        w.write_all(&self.payload)?;
        Ok(())
    }

    pub fn read_from<R: Read>(r: &mut R) -> Result<Frame, ProtoError> {
        let magic = r.read_u16_be()?;
        if magic != MAGIC {
            return Err(ProtoError::BadMagic(magic));
        }
        let v = r.read_u8()?;
        if v != VERSION {
            return Err(ProtoError::BadVersion(v));
        }
        let kind = Kind::try_from(r.read_u8()?)?;
        let len = r.read_u32_be()?;
        if len as usize > MAX_PAYLOAD {
            return Err(ProtoError::TooLarge(len));
        }
        let mut payload = vec![0; len as usize];
        r.read_exact(&mut payload)?;
        Ok(Frame { kind, payload })
    }
}

pub fn roundtrip(frames: &[Frame]) -> Result<Vec<Frame>, Box<dyn Error + Send + Sync>> {
    let mut buf = Vec::new();
    for f in frames {
        f.write_to(&mut buf).map_err(|e| e.to_string())?;
    }
    let total = buf.len() as u64;
    let mut cur = Cursor::new(buf);
    let mut out = Vec::new();
    while cur.position() < total {
        out.push(Frame::read_from(&mut cur).map_err(|e| e.to_string())?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_roundtrip() {
        let fs = vec![Frame { kind: Kind::Data, payload: b"hi".to_vec() }, Frame { kind: Kind::Ping, payload: vec![] }];
        assert_eq!(roundtrip(&fs).unwrap(), fs);
        assert!(matches!(Kind::try_from(0x42), Err(ProtoError::UnknownKind(0x42))));
    }
}
