use std::mem::MaybeUninit;
pub const A: [u16; 2] = unsafe {
    let mut b = [MaybeUninit::<u8>::uninit(); 4];
    let mut i = 0;
    while i < 2 { b[i] = MaybeUninit::new(1); i += 1; }
    std::mem::transmute(b)
};
