pub const fn byte(x: u64, i: usize) -> u8 {
    let p = &x as *const u64 as *const u8;
    unsafe { *p.add(i) }
}
pub const B0: u8 = byte(0x0102 as u64, 0);
pub const B1: u8 = byte(0x0102 as u64, 1);
pub const fn assemble(b: [u8; 8]) -> u64 { unsafe { (b.as_ptr() as *const u64).read_unaligned() } }
pub const A: u64 = assemble([3; 8]);
