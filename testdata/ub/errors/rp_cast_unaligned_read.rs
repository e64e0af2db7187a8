pub const R: u32 = unsafe {
    let x = [0u8; 8];
    *x.as_ptr().add(1).cast::<u32>()
};
