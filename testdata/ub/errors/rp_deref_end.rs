pub const X: u32 = unsafe {
    let a = [1u32, 2];
    let end = a.as_ptr().add(2);
    *end
};
