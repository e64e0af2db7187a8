pub const fn safe_read(p: *const u32) -> u32 {
    if p.is_null() { 0 } else { unsafe { *p } }
}
pub const A: u32 = safe_read(std::ptr::null());
pub const B: u32 = safe_read(&42);
