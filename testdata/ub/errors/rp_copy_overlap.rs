pub const A: [u8; 4] = unsafe {
    let mut a = [1u8, 2, 3, 4];
    let p = a.as_mut_ptr();
    std::ptr::copy_nonoverlapping(p, p.add(1), 2);
    a
};
