use std::mem::MaybeUninit;
pub const fn make(v: i64) -> i64 {
    let mut m = MaybeUninit::<i64>::uninit();
    unsafe { m.as_mut_ptr().write(v); m.assume_init() }
}
pub const V: i64 = make(42);
pub const U: MaybeUninit<i64> = MaybeUninit::uninit();
pub const ARR: [MaybeUninit<i64>; 2] = [MaybeUninit::new(1), MaybeUninit::uninit()];
