use std::mem::MaybeUninit;
pub const X: u16 = unsafe {
    let m = MaybeUninit::<[u16; 4]>::uninit();
    *(m.as_ptr() as *const u16)
};
