pub const X: u64 = unsafe {
    let a = [1u8; 6];
    std::ptr::read_unaligned(a.as_ptr() as *const u64)
};
