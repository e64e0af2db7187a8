pub const X: u32 = unsafe {
    let a = [0u8; 8];
    *(a.as_ptr().add(1) as *const u32)
};
