use std::mem::MaybeUninit;
pub const fn make(v: u32) -> u32 {
    let mut m = MaybeUninit::<u32>::uninit();
    unsafe { m.as_mut_ptr().write(v); m.assume_init() }
}
pub const V: u32 = make(42);
pub const U: MaybeUninit<u32> = MaybeUninit::uninit();
pub const ARR: [MaybeUninit<u32>; 2] = [MaybeUninit::new(1), MaybeUninit::uninit()];
