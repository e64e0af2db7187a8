pub static R: &u32 = unsafe { &*(16 as *const u32) };
