pub const fn byte(x: i64, i: usize) -> u8 {
    let p = &x as *const i64 as *const u8;
    unsafe { *p.add(i) }
}
pub const B0: u8 = byte(0x0102 as i64, 0);
pub const B1: u8 = byte(0x0102 as i64, 1);
pub const fn assemble(b: [u8; 8]) -> i64 { unsafe { (b.as_ptr() as *const i64).read_unaligned() } }
pub const A: i64 = assemble([3; 8]);
