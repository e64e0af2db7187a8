use std::mem;
pub const BAD: &dyn FnOnce() -> usize = &{
    let r: &'static [u8; 4] = unsafe { mem::transmute(8usize) };
    move || r.len()
};
