pub const A: [bool; 4] = unsafe { std::mem::transmute(0x01_05_00_01u32) };
