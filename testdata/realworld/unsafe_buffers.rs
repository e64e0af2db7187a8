//! Low-level byte buffers: an arena bump allocator over a fixed array,
//! unaligned reads through raw pointers, MaybeUninit arrays, and layout
//! constants checked at compile time.

use std::cell::Cell;
use std::mem::{align_of, size_of, MaybeUninit};
use std::ptr;

pub const ARENA_BYTES: usize = 4096;
pub const WORD: usize = size_of::<usize>();
pub const MAX_ALIGN: usize = align_of::<u128>();
pub const HEADER_SIZE: usize = size_of::<Header>();
pub const HEADER_ALIGN: usize = align_of::<Header>();
pub const SLOTS_PER_ARENA: usize = ARENA_BYTES / HEADER_SIZE;

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub magic: u32,
    pub kind: u16,
    pub flags: u16,
    pub len: u64,
}

impl Header {
    pub const MAGIC: u32 = 0x4D49_524C;
    pub const EMPTY: Header = Header { magic: Self::MAGIC, kind: 0, flags: 0, len: 0 };

    pub const fn to_bytes(&self) -> [u8; 16] {
        let m = self.magic.to_le_bytes();
        let k = self.kind.to_le_bytes();
        let f = self.flags.to_le_bytes();
        let l = self.len.to_le_bytes();
        [m[0], m[1], m[2], m[3], k[0], k[1], f[0], f[1], l[0], l[1], l[2], l[3], l[4], l[5], l[6], l[7]]
    }
}

const _: () = assert!(HEADER_SIZE == 16);
const _: () = assert!(ARENA_BYTES % MAX_ALIGN == 0, "arena must be a multiple of the max alignment");

pub const EMPTY_BYTES: [u8; 16] = Header::EMPTY.to_bytes();

pub const fn align_up(n: usize, align: usize) -> usize {
    (n + align - 1) & !(align - 1)
}

pub const ALIGNED: [usize; 4] = [align_up(0, 8), align_up(1, 8), align_up(17, 16), align_up(4096, 4096)];

#[repr(C, align(16))]
pub struct Arena {
    bytes: [MaybeUninit<u8>; ARENA_BYTES],
    used: Cell<usize>,
}

impl Arena {
    pub fn new() -> Self {
        Arena { bytes: [MaybeUninit::uninit(); ARENA_BYTES], used: Cell::new(0) }
    }

    pub fn remaining(&self) -> usize {
        ARENA_BYTES - self.used.get()
    }

    /// Moves `value` into the arena and returns a reference to it.
    pub fn alloc<T: Copy>(&self, value: T) -> Option<&mut T> {
        let start = align_up(self.used.get(), align_of::<T>());
        let end = start.checked_add(size_of::<T>())?;
        if end > ARENA_BYTES || align_of::<T>() > MAX_ALIGN {
            return None;
        }
        self.used.set(end);
        // SAFETY: start..end is in bounds, aligned for T, and handed out once.
        unsafe {
            let p = self.bytes.as_ptr().add(start) as *mut T;
            p.write(value);
            Some(&mut *p)
        }
    }

    pub fn alloc_slice(&self, src: &[u8]) -> Option<&mut [u8]> {
        let start = self.used.get();
        let end = start.checked_add(src.len())?;
        if end > ARENA_BYTES {
            return None;
        }
        self.used.set(end);
        unsafe {
            let p = self.bytes.as_ptr().add(start) as *mut u8;
            ptr::copy_nonoverlapping(src.as_ptr(), p, src.len());
            Some(std::slice::from_raw_parts_mut(p, src.len()))
        }
    }
}

/// Reads a little-endian u32 at any offset.
pub fn read_u32_le(buf: &[u8], at: usize) -> Option<u32> {
    let bytes = buf.get(at..at + 4)?;
    // SAFETY: four bytes are available; read_unaligned has no alignment needs.
    Some(u32::from_le(unsafe { ptr::read_unaligned(bytes.as_ptr() as *const u32) }))
}

pub fn parse_header(buf: &[u8]) -> Option<Header> {
    if buf.len() < HEADER_SIZE {
        return None;
    }
    let magic = read_u32_le(buf, 0)?;
    if magic != Header::MAGIC {
        return None;
    }
    Some(Header {
        magic,
        kind: u16::from_le_bytes([buf[4], buf[5]]),
        flags: u16::from_le_bytes([buf[6], buf[7]]),
        len: u64::from_le_bytes(buf[8..16].try_into().ok()?),
    })
}

pub fn init_array<const N: usize>(f: impl Fn(usize) -> u32) -> [u32; N] {
    let mut arr: [MaybeUninit<u32>; N] = [MaybeUninit::uninit(); N];
    for (i, slot) in arr.iter_mut().enumerate() {
        slot.write(f(i));
    }
    // SAFETY: every element was written above.
    unsafe { ptr::read(arr.as_ptr() as *const [u32; N]) }
}

static mut ALLOC_COUNT: usize = 0;

pub fn count_alloc() -> usize {
    // SAFETY: only called from a single thread in this tool.
    unsafe {
        ALLOC_COUNT += 1;
        ALLOC_COUNT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arena_roundtrip() {
        let a = Arena::new();
        let h = a.alloc(Header::EMPTY).unwrap();
        h.len = 7;
        let bytes = h.to_bytes();
        assert_eq!(parse_header(&bytes).unwrap().len, 7);
        assert_eq!(a.alloc_slice(b"abc").unwrap(), b"abc");
        assert_eq!(init_array::<4>(|i| i as u32 * 2), [0, 2, 4, 6]);
    }
}
