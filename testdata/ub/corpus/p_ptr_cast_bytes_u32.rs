pub const fn byte(x: u32, i: usize) -> u8 {
    let p = &x as *const u32 as *const u8;
    unsafe { *p.add(i) }
}
pub const B0: u8 = byte(0x0102 as u32, 0);
pub const B1: u8 = byte(0x0102 as u32, 1);
pub const fn assemble(b: [u8; 4]) -> u32 { unsafe { (b.as_ptr() as *const u32).read_unaligned() } }
pub const A: u32 = assemble([3; 4]);
