pub const X: [u16; 4] = unsafe {
    let mut a = [0u16; 4];
    let p = (a.as_mut_ptr() as *mut u8).add(1) as *mut u16;
    *p = 5;
    a
};
