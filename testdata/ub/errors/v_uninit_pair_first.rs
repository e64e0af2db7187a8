use std::mem::MaybeUninit;
pub struct Pair { pub a: u64, pub b: u16 }
pub const P: Pair = unsafe {
    let mut p = MaybeUninit::<Pair>::uninit();
    (*p.as_mut_ptr()).b = 3;
    p.assume_init()
};
