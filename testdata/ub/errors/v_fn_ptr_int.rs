pub const F: fn(u8) -> u8 = unsafe { std::mem::transmute(0x40usize) };
