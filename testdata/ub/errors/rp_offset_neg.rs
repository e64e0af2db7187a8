pub const X: i16 = unsafe {
    let a = [1i16, 2, 3];
    *a.as_ptr().offset(-1)
};
