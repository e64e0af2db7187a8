use std::mem::MaybeUninit;
pub const fn make(v: i32) -> i32 {
    let mut m = MaybeUninit::<i32>::uninit();
    unsafe { m.as_mut_ptr().write(v); m.assume_init() }
}
pub const V: i32 = make(42);
pub const U: MaybeUninit<i32> = MaybeUninit::uninit();
pub const ARR: [MaybeUninit<i32>; 2] = [MaybeUninit::new(1), MaybeUninit::uninit()];
