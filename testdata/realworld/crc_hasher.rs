//! CRC-32 (IEEE) and Adler-32 checksums with compile-time tables, exposed
//! through std::hash::Hasher so they plug into generic code.

use std::hash::{BuildHasher, Hasher};
use std::io::{self, Read, Write};

pub const CRC32_POLY: u32 = 0xEDB8_8320;

pub const fn make_table(poly: u32) -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { poly ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
}

pub static CRC32_TABLE: [u32; 256] = make_table(CRC32_POLY);
pub const CASTAGNOLI: [u32; 256] = make_table(0x82F6_3B78);

pub const fn crc32_const(data: &[u8]) -> u32 {
    let table = make_table(CRC32_POLY);
    let mut crc = !0u32;
    let mut i = 0;
    while i < data.len() {
        crc = table[((crc ^ data[i] as u32) & 0xFF) as usize] ^ (crc >> 8);
        i += 1;
    }
    !crc
}

pub const CHECK_VALUE: u32 = crc32_const(b"123456789");
pub const EMPTY_CRC: u32 = crc32_const(b"");
pub const TABLE_SAMPLE: [u32; 4] = [CASTAGNOLI[0], CASTAGNOLI[1], CASTAGNOLI[128], CASTAGNOLI[255]];

pub const ADLER_MOD: u32 = 65521;
pub const ADLER_NMAX: usize = 5552;

pub const fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    let mut i = 0;
    while i < data.len() {
        a = (a + data[i] as u32) % ADLER_MOD;
        b = (b + a) % ADLER_MOD;
        i += 1;
    }
    b << 16 | a
}

pub const ADLER_WIKIPEDIA: u32 = adler32(b"Wikipedia");

#[derive(Debug, Clone, Default)]
pub struct Crc32 {
    state: u32,
    bytes: u64,
}

impl Crc32 {
    pub fn new() -> Self {
        Crc32 { state: !0, bytes: 0 }
    }

    pub fn update(&mut self, data: &[u8]) {
        for &b in data {
            self.state = CRC32_TABLE[((self.state ^ b as u32) & 0xFF) as usize] ^ (self.state >> 8);
        }
        self.bytes += data.len() as u64;
    }

    pub fn sum(&self) -> u32 {
        !self.state
    }
}

impl Hasher for Crc32 {
    fn finish(&self) -> u64 {
        (self.bytes << 32) | self.sum() as u64
    }

    fn write(&mut self, bytes: &[u8]) {
        self.update(bytes);
    }
}

#[derive(Clone, Copy, Default)]
pub struct BuildCrc32;

impl BuildHasher for BuildCrc32 {
    type Hasher = Crc32;
    fn build_hasher(&self) -> Crc32 {
        Crc32::new()
    }
}

/// A writer that checksums everything passing through it.
pub struct ChecksumWriter<W: Write> {
    inner: W,
    crc: Crc32,
}

impl<W: Write> ChecksumWriter<W> {
    pub fn new(inner: W) -> Self {
        ChecksumWriter { inner, crc: Crc32::new() }
    }

    pub fn finish(self) -> (W, u32) {
        let sum = self.crc.sum();
        (self.inner, sum)
    }
}

impl<W: Write> Write for ChecksumWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.crc.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

pub fn checksum_reader<R: Read>(mut r: R) -> io::Result<u32> {
    let mut crc = Crc32::new();
    let mut buf = [0u8; 4096];
    loop {
        match r.read(&mut buf)? {
            0 => return Ok(crc.sum()),
            n => crc.update(&buf[..n]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn matches_const() {
        let mut c = Crc32::new();
        c.write(b"123456789");
        assert_eq!(c.sum(), CHECK_VALUE);
        let mut m: HashMap<&str, i32, BuildCrc32> = HashMap::default();
        m.insert("x", 1);
        assert_eq!(checksum_reader(&b"123456789"[..]).unwrap(), CHECK_VALUE);
    }
}
