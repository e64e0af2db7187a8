pub const S: &[u32] = unsafe {
    let b: &[u8; 12] = &[0; 12];
    std::slice::from_raw_parts(b.as_ptr().add(2) as *const u32, 2)
};
