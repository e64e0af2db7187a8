pub const X: u8 = unsafe {
    let a = [1u32, 2];
    *(a.as_ptr().byte_add(9) as *const u8)
};
