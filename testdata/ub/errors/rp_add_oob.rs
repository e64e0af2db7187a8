pub const X: u8 = unsafe {
    let a = [1u8, 2, 3, 4];
    *a.as_ptr().add(5)
};
