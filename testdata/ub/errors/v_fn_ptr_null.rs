pub const F: fn() = unsafe { std::mem::transmute(0usize) };
