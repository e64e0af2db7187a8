use std::mem::MaybeUninit;
pub const A: [u8; 4] = unsafe {
    let mut m = MaybeUninit::<[u8; 4]>::uninit();
    let p = m.as_mut_ptr() as *mut u8;
    let mut i = 0;
    while i < 4 { p.add(i).write(i as u8 * 3); i += 1; }
    m.assume_init()
};
pub const B: u64 = unsafe { MaybeUninit::new(77u64).assume_init() };
pub const C: MaybeUninit<u32> = MaybeUninit::new(5);
