pub const R: &[u8; 8] = unsafe { &*([1u8, 2, 3, 4].as_ptr() as *const [u8; 8]) };
