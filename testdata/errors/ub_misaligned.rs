// A u32 read through a pointer aligned to 1.
const fn read_at(bytes: &[u8; 8], off: usize) -> u32 {
    unsafe { (bytes.as_ptr().add(off) as *const u32).read() }
}

pub const M: u32 = read_at(&[0; 8], 1);
