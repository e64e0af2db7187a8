pub const A: u8 = unsafe {
    let x: u32 = 0x0A0B0C0D;
    *(&x as *const u32 as *const u8)
};
pub const B: u16 = unsafe {
    let x: [u16; 2] = [5, 6];
    *(&x as *const [u16; 2]).cast::<u16>().add(1)
};
pub const C: u32 = unsafe {
    let x = [1u8, 2, 3, 4, 5, 6, 7, 8];
    (x.as_ptr().add(1) as *const u32).read_unaligned()
};
pub const D: [u8; 4] = unsafe {
    let mut out = [0u8; 4];
    (out.as_mut_ptr() as *mut u32).write_unaligned(0x04030201);
    out
};
