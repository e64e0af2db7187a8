use std::mem;
pub trait Shape {}
impl Shape for u8 {}
impl Shape for u32 {}
impl Shape for bool {}
impl Shape for char {}
pub const BAD: &dyn FnOnce() = &{
    let r: &'static u16 = unsafe { mem::transmute(0usize) };
    let n = 13;
    move || {
        let _a = r;
        let _b = n;
    }
};
