//@ mir-from: 4401 => 4404
// A u32 read at an odd offset of a 4-aligned byte array, two calls deep.
#[repr(C, align(4))]
struct Bytes([u8; 8]);

const fn read_at(b: &Bytes, off: usize) -> u32 {
    unsafe { (b.0.as_ptr().add(off) as *const u32).read() }
}

const fn outer(n: usize) -> u32 {
    read_at(&Bytes([1, 2, 3, 4, 5, 6, 7, 8]), n - 4400)
}

pub const M: u32 = outer(4401);
