pub const fn byte(x: i32, i: usize) -> u8 {
    let p = &x as *const i32 as *const u8;
    unsafe { *p.add(i) }
}
pub const B0: u8 = byte(0x0102 as i32, 0);
pub const B1: u8 = byte(0x0102 as i32, 1);
pub const fn assemble(b: [u8; 4]) -> i32 { unsafe { (b.as_ptr() as *const i32).read_unaligned() } }
pub const A: i32 = assemble([3; 4]);
