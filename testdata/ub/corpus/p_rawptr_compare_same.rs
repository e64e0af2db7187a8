pub const LEN: usize = {
    let a = [1u32, 2, 3, 4];
    let p = a.as_ptr();
    unsafe { p.add(4).offset_from(p) as usize }
};
