pub const A: u8 = unsafe {
    let a = [1u8, 2, 3];
    let p = a.as_ptr().wrapping_add(10).wrapping_sub(9);
    *p
};
pub const B: i16 = unsafe {
    let a = [7i16, 8, 9];
    *a.as_ptr().wrapping_offset(5).wrapping_offset(-3)
};
pub const NULL: bool = std::ptr::null::<u8>().is_null();
pub const NOT_NULL: bool = [1u8].as_ptr().is_null();
