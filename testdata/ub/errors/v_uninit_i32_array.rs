use std::mem::MaybeUninit;
pub const A: [i32; 2] = unsafe {
    let mut b = [MaybeUninit::<u8>::uninit(); 8];
    let mut i = 0;
    while i < 4 { b[i] = MaybeUninit::new(1); i += 1; }
    std::mem::transmute(b)
};
