pub const R: &u32 = unsafe { std::mem::transmute(0usize) };
