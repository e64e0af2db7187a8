use std::mem::MaybeUninit;
pub struct Pair { pub a: u16, pub b: u64 }
pub const P: Pair = unsafe {
    let mut p = MaybeUninit::<Pair>::uninit();
    (*p.as_mut_ptr()).a = 3;
    p.assume_init()
};
