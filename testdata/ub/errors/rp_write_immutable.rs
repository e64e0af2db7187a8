pub const X: u8 = unsafe {
    let x = 1u8;
    let p = &x as *const u8 as *mut u8;
    *p = 2;
    x
};
