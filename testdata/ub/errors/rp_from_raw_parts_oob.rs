pub const S: u8 = unsafe {
    let a = [1u8, 2, 3];
    let s = std::slice::from_raw_parts(a.as_ptr(), 6);
    s[5]
};
