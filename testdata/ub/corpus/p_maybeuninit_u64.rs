use std::mem::MaybeUninit;
pub const fn make(v: u64) -> u64 {
    let mut m = MaybeUninit::<u64>::uninit();
    unsafe { m.as_mut_ptr().write(v); m.assume_init() }
}
pub const V: u64 = make(42);
pub const U: MaybeUninit<u64> = MaybeUninit::uninit();
pub const ARR: [MaybeUninit<u64>; 2] = [MaybeUninit::new(1), MaybeUninit::uninit()];
