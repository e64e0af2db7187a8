pub const fn byte(x: u16, i: usize) -> u8 {
    let p = &x as *const u16 as *const u8;
    unsafe { *p.add(i) }
}
pub const B0: u8 = byte(0x0102 as u16, 0);
pub const B1: u8 = byte(0x0102 as u16, 1);
pub const fn assemble(b: [u8; 2]) -> u16 { unsafe { (b.as_ptr() as *const u16).read_unaligned() } }
pub const A: u16 = assemble([3; 2]);
