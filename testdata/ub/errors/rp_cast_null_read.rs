pub const R: u16 = unsafe {
    let p: *const u8 = std::ptr::null();
    *p.cast::<u16>()
};
