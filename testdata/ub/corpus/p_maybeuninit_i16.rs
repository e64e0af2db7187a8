use std::mem::MaybeUninit;
pub const fn make(v: i16) -> i16 {
    let mut m = MaybeUninit::<i16>::uninit();
    unsafe { m.as_mut_ptr().write(v); m.assume_init() }
}
pub const V: i16 = make(42);
pub const U: MaybeUninit<i16> = MaybeUninit::uninit();
pub const ARR: [MaybeUninit<i16>; 2] = [MaybeUninit::new(1), MaybeUninit::uninit()];
