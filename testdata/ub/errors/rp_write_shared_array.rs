pub const A: [u8; 2] = {
    let a = [1u8, 2];
    let p = &a as *const [u8; 2] as *mut u8;
    unsafe { *p.add(1) = 5 };
    a
};
