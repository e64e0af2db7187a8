pub const V: [i16; 3] = unsafe {
    let mut a = [0i16; 3];
    let p = a.as_mut_ptr();
    std::ptr::write(p, -1);
    std::ptr::write(p.add(2), 300);
    a
};
pub const R: i16 = unsafe { std::ptr::read(&V[2]) };
