pub const C: char = unsafe { std::mem::transmute(0x110000u32) };
