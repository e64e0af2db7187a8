pub const D: isize = unsafe {
    let a = [0u16; 4];
    a.as_ptr().offset_from(8 as *const u16)
};
