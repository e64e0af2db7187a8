// Packed structs: fields read and written at byte offsets, packed(2),
// arrays of packed structs, and their sizes and alignments.
#[derive(Debug, Clone, Copy)]
#[repr(C, packed)]
pub struct Header { tag: u8, len: u32, crc: u16 }

#[derive(Debug, Clone, Copy)]
#[repr(packed(2))]
pub struct Pair { a: u8, b: u64 }

pub const fn make(tag: u8, len: u32) -> Header {
    let mut h = Header { tag, len: 0, crc: 0 };
    h.len = len * 2;
    h.crc = (h.len as u16) ^ (tag as u16);
    h
}

pub const H: Header = make(7, 1000);
pub const LEN: u32 = H.len;
pub const SIZES: (usize, usize, usize, usize) = (core::mem::size_of::<Header>(), core::mem::align_of::<Header>(), core::mem::size_of::<Pair>(), core::mem::align_of::<Pair>());
pub const P: [Pair; 2] = [Pair { a: 1, b: u64::MAX }, Pair { a: 2, b: 3 }];
pub const SUM: u64 = { let mut s = 0; let mut i = 0; while i < P.len() { s += P[i].a as u64; s = s.wrapping_add(P[i].b); i += 1; } s };
