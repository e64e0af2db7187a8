pub const D: isize = unsafe {
    let a = [0u8; 4];
    let b = [0u8; 4];
    b.as_ptr().offset_from(a.as_ptr())
};
