pub static C: char = unsafe { std::mem::transmute(0x11_0000u32) };
