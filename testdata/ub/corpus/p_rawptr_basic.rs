pub const A: u32 = unsafe {
    let arr = [10u32, 20, 30, 40];
    let p = arr.as_ptr();
    *p.add(2) + *p.offset(1)
};
pub const B: u8 = unsafe {
    let arr = [1u8, 2, 3, 4, 5];
    let p = arr.as_ptr().add(4);
    *p.sub(3)
};
pub const C: i32 = unsafe {
    let mut x = [0i32; 3];
    let p = x.as_mut_ptr();
    *p.add(1) = 7;
    p.add(2).write(9);
    x[1] * 10 + x[2]
};
pub const D: u16 = unsafe {
    let v = [1u16, 2, 3];
    v.as_ptr().add(2).read()
};
