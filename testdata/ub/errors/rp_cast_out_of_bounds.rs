pub const R: u64 = unsafe {
    let x: u32 = 7;
    (&x as *const u32).cast::<u64>().read()
};
