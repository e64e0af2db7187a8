use std::mem::MaybeUninit;
pub const A: [i64; 2] = unsafe {
    let mut b = [MaybeUninit::<u8>::uninit(); 16];
    let mut i = 0;
    while i < 8 { b[i] = MaybeUninit::new(1); i += 1; }
    std::mem::transmute(b)
};
