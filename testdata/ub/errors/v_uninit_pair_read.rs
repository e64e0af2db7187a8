use std::mem::MaybeUninit;
pub struct Pair { pub a: u16, pub b: u64 }
pub const B: u64 = unsafe {
    let mut p = MaybeUninit::<Pair>::uninit();
    (*p.as_mut_ptr()).a = 3;
    let q = p.assume_init();
    q.b
};
