pub const D: isize = unsafe {
    let a = [0u64; 8];
    let p = a.as_ptr();
    p.add(6).offset_from(p.add(1))
};
pub const E: usize = unsafe {
    let a = [0u16; 10];
    let p = a.as_ptr();
    p.add(9).offset_from(p) as usize
};
pub const F: isize = unsafe {
    let a = [0u8; 4];
    a.as_ptr().offset_from(a.as_ptr().add(3))
};
