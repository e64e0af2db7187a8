pub const R: &u16 = unsafe {
    let bytes: &[u8; 4] = &[1, 2, 3, 4];
    &*(bytes.as_ptr().add(1) as *const u16)
};
