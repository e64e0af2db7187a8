const C: &u32 = &7;
pub const X: u32 = unsafe {
    let p = C as *const u32 as *mut u32;
    *p = 8;
    *C
};
