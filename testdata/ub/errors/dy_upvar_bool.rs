use std::mem;
pub const BAD: &dyn Fn() = &{
    let flag: bool = unsafe { mem::transmute(3u8) };
    let n = 5i32;
    move || {
        let _v = (n, flag);
    }
};
