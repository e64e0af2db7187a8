use std::mem::MaybeUninit;
pub const fn make(v: u16) -> u16 {
    let mut m = MaybeUninit::<u16>::uninit();
    unsafe { m.as_mut_ptr().write(v); m.assume_init() }
}
pub const V: u16 = make(42);
pub const U: MaybeUninit<u16> = MaybeUninit::uninit();
pub const ARR: [MaybeUninit<u16>; 2] = [MaybeUninit::new(1), MaybeUninit::uninit()];
