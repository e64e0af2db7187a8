pub const A: u8 = unsafe {
    let x = [0x11223344u32, 0x55667788];
    *(x.as_ptr().byte_add(5) as *const u8)
};
pub const B: u32 = unsafe {
    let x = [1u32, 2, 3];
    *x.as_ptr().add(2).byte_sub(4)
};
pub const C: u16 = unsafe {
    let x = [1u16, 2, 3, 4];
    *x.as_ptr().byte_offset(6)
};
