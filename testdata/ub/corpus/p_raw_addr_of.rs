pub struct S { pub a: u8, pub b: u32 }
pub const A: u32 = unsafe {
    let s = S { a: 1, b: 99 };
    let p = &raw const s.b;
    *p
};
pub const B: u8 = unsafe {
    let mut s = S { a: 1, b: 2 };
    let p = &raw mut s.a;
    *p = 200;
    s.a
};
pub const C: i32 = unsafe {
    let x = 5;
    *std::ptr::addr_of!(x) + 1
};
