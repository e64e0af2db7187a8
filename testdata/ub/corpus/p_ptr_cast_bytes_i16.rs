pub const fn byte(x: i16, i: usize) -> u8 {
    let p = &x as *const i16 as *const u8;
    unsafe { *p.add(i) }
}
pub const B0: u8 = byte(0x0102 as i16, 0);
pub const B1: u8 = byte(0x0102 as i16, 1);
pub const fn assemble(b: [u8; 2]) -> i16 { unsafe { (b.as_ptr() as *const i16).read_unaligned() } }
pub const A: i16 = assemble([3; 2]);
