pub const C: [char; 3] = unsafe { std::mem::transmute([0x61u32, 0x62, 0xFFFF_FFFF]) };
