use std::mem::MaybeUninit;
pub const WORDS: [u32; 3] = unsafe {
    let mut bytes = [MaybeUninit::<u8>::uninit(); 12];
    let mut i = 0;
    while i < 8 {
        bytes[i] = MaybeUninit::new(i as u8);
        i += 1;
    }
    std::mem::transmute(bytes)
};
