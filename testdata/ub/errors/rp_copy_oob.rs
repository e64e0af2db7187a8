pub const A: [u16; 2] = unsafe {
    let src = [1u16, 2];
    let mut dst = [0u16; 2];
    std::ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr(), 3);
    dst
};
