const fn first(p: *const u32) -> u32 { unsafe { p.read() } }
pub const X: u32 = first(std::ptr::null());
