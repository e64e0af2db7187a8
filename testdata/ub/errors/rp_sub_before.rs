pub const X: u64 = unsafe {
    let a = [9u64; 4];
    *a.as_ptr().add(1).sub(2)
};
