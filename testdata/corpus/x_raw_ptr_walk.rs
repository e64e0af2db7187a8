// Raw pointers in const fn: addr_of!, add/offset, reads, from_raw_parts, offset_from.
use core::ptr;
use core::slice;

pub static WORDS: [u32; 6] = [10, 20, 30, 40, 50, 60];
pub const BYTES: [u8; 8] = *b"rawbytes";

pub const fn sum_raw(p: *const u32, n: usize) -> u32 {
    let mut s = 0;
    let mut i = 0;
    while i < n {
        s += unsafe { *p.add(i) };
        i += 1;
    }
    s
}

pub const fn last_via_end(a: &[u8; 8]) -> u8 {
    let end = unsafe { a.as_ptr().add(a.len()) };
    unsafe { *end.sub(1) }
}

pub const fn sub_slice(a: &[u8], start: usize, len: usize) -> &[u8] {
    assert!(start + len <= a.len());
    unsafe { slice::from_raw_parts(a.as_ptr().add(start), len) }
}

pub const fn distance(a: &[u16; 5]) -> isize {
    let first = ptr::addr_of!(a[1]);
    let last = ptr::addr_of!(a[4]);
    unsafe { last.offset_from(first) }
}

#[derive(Debug, Clone, Copy)]
pub struct Header {
    pub tag: u16,
    pub len: u16,
    pub crc: u32,
}

pub const fn read_fields(h: &Header) -> (u16, u16, u32) {
    let p = h as *const Header;
    unsafe {
        let tag = *ptr::addr_of!((*p).tag);
        let len = ptr::addr_of!((*p).len).read();
        let crc = *ptr::addr_of!((*p).crc);
        (tag, len, crc)
    }
}

pub const fn write_through(mut a: [i32; 4]) -> [i32; 4] {
    let p = a.as_mut_ptr();
    let mut i = 0;
    while i < 4 {
        unsafe {
            *p.add(i) = *p.add(i) * 10 + i as i32;
        }
        i += 1;
    }
    a
}

pub const SUM_LOCAL: u32 = sum_raw([1u32, 2, 3, 4].as_ptr(), 4);
pub const LAST: u8 = last_via_end(&BYTES);
pub const MIDDLE: &[u8] = sub_slice(&BYTES, 3, 3);
pub const DIST: isize = distance(&[0; 5]);
pub const FIELDS: (u16, u16, u32) = read_fields(&Header { tag: 0xBEEF, len: 12, crc: 0xDEAD_0001 });
pub const WRITTEN: [i32; 4] = write_through([1, 2, 3, 4]);
pub const READ_UNALIGNED: u16 = unsafe { ptr::read_unaligned(BYTES.as_ptr().add(1) as *const u16) };
pub const FROM_PARTS_U32: &[u32] = unsafe { slice::from_raw_parts(ptr::addr_of!(WORDS) as *const u32, 3) };
pub static STATIC_SUM: u32 = sum_raw(ptr::addr_of!(WORDS) as *const u32, 6);
pub const NULL_IS_NULL: bool = ptr::null::<u8>().is_null();
pub const CAST_READ: u8 = unsafe { *(&0x0102_0304u32 as *const u32 as *const u8) };
