pub const X: u8 = unsafe { *std::ptr::null::<u8>() };
