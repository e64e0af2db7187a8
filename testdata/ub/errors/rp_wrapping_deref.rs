pub const X: u8 = unsafe {
    let a = [1u8, 2, 3];
    *a.as_ptr().wrapping_add(3)
};
