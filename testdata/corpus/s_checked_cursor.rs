// A byte cursor with `&mut self` methods returning Option, driven by
// `while let`, plus checked arithmetic chains that turn overflow into
// None: a varint (LEB128) decoder and a bounded sum.

#[derive(Debug, Clone, Copy)]
pub struct Cursor<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    pub const fn new(data: &'a [u8]) -> Self {
        Cursor { data, pos: 0 }
    }

    pub const fn next(&mut self) -> Option<u8> {
        if self.pos < self.data.len() {
            let b = self.data[self.pos];
            self.pos += 1;
            Some(b)
        } else {
            None
        }
    }

    pub const fn peek(&self) -> Option<u8> {
        if self.pos < self.data.len() { Some(self.data[self.pos]) } else { None }
    }

    pub const fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    pub const fn read_varint(&mut self) -> Option<u64> {
        let mut result: u64 = 0;
        let mut shift = 0;
        while let Some(b) = self.next() {
            if shift >= 64 {
                return None;
            }
            let part = (b & 0x7F) as u64;
            result |= match part.checked_shl(shift) {
                Some(v) => v,
                None => return None,
            };
            if b & 0x80 == 0 {
                return Some(result);
            }
            shift += 7;
        }
        None
    }
}

pub const fn decode_all(data: &[u8]) -> ([u64; 4], usize) {
    let mut out = [0; 4];
    let mut n = 0;
    let mut c = Cursor::new(data);
    while let Some(v) = c.read_varint() {
        out[n] = v;
        n += 1;
    }
    (out, n)
}

pub const fn checked_total(xs: &[u32]) -> Option<u32> {
    let mut total: u32 = 0;
    let mut i = 0;
    while i < xs.len() {
        total = match total.checked_add(xs[i]) {
            Some(t) => t,
            None => return None,
        };
        i += 1;
    }
    Some(total)
}

pub const fn checked_area(w: u16, h: u16, depth: u16) -> Option<u16> {
    match w.checked_mul(h) {
        Some(a) => a.checked_mul(depth),
        None => None,
    }
}

pub const fn count_until(data: &[u8], stop: u8) -> (usize, Option<u8>) {
    let mut c = Cursor::new(data);
    let mut n = 0;
    while let Some(b) = c.peek() {
        if b == stop {
            break;
        }
        c.next();
        n += 1;
    }
    (n, c.peek())
}

pub const VARINTS: ([u64; 4], usize) = decode_all(&[0x01, 0xAC, 0x02, 0xFF, 0xFF, 0x03, 0x80, 0x01]);
pub const TRUNCATED: ([u64; 4], usize) = decode_all(&[0x05, 0x80]);
pub const ONE_BIG: Option<u64> = Cursor::new(&[0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]).read_varint();
pub const TOTALS: [Option<u32>; 3] = [checked_total(&[1, 2, 3]), checked_total(&[u32::MAX, 1]), checked_total(&[])];
pub const AREAS: [Option<u16>; 3] = [checked_area(10, 20, 30), checked_area(300, 300, 1), checked_area(200, 200, 2)];
pub const UNTIL: (usize, Option<u8>) = count_until(b"key: value", b':');
pub const UNTIL_NONE: (usize, Option<u8>) = count_until(b"novalue", b':');
pub const REMAINING: usize = {
    let mut c = Cursor::new(b"abcdef");
    c.next();
    c.next();
    c.remaining()
};
pub const MIXED_CHECKS: [Option<i8>; 4] = [100i8.checked_add(27), 100i8.checked_add(28), (-128i8).checked_neg(), 7i8.checked_rem(0)];
