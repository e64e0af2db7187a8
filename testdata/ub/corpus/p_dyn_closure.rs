use std::mem;
pub const CAPTURES: &dyn FnOnce() = &{
    let a = 1u8;
    let b = 7u64;
    move || {
        let _x = a;
        let _y = b;
    }
};
pub const SIZE: usize = mem::size_of_val(CAPTURES);
pub const ALIGN: usize = mem::align_of_val(CAPTURES);
pub const EMPTY: usize = mem::size_of_val::<dyn Fn() -> u8>(&|| 3);
pub const THREE: usize = mem::size_of_val::<dyn Fn()>(&{
    let p = (1u16, 2u16);
    let q = 'c';
    move || {
        let _t = p;
        let _c = q;
    }
});
pub const IGNORED: usize = mem::size_of_val::<dyn Fn()>(&{
    let big = [0u64; 4];
    move || {
        let _ = big;
    }
});
