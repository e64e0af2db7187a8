pub const A: [u8; 6] = unsafe {
    let mut buf = [1u8, 2, 3, 4, 5, 6];
    let p = buf.as_mut_ptr();
    std::ptr::copy(p, p.add(2), 3);
    buf
};
pub const B: [u32; 4] = unsafe {
    let src = [9u32, 8, 7, 6];
    let mut dst = [0u32; 4];
    std::ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr(), 4);
    dst
};
pub const C: (i32, i32) = unsafe {
    let mut a = 1;
    let mut b = 2;
    std::ptr::swap(&mut a, &mut b);
    (a, b)
};
pub const D: (u8, u8) = unsafe {
    let mut a = 5u8;
    let old = std::ptr::replace(&mut a, 6);
    (old, a)
};
pub const E: (u64, u64) = {
    let mut a = 3u64;
    let mut b = 4u64;
    std::mem::swap(&mut a, &mut b);
    (a, std::mem::replace(&mut b, 10))
};
