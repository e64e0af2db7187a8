pub const C: [char; 3] = unsafe { std::mem::transmute([0x41u32, 0x3bb, 0x10FFFF]) };
pub const B: [bool; 4] = unsafe { std::mem::transmute([0u8, 1, 1, 0]) };
pub const N: u32 = unsafe { std::mem::transmute('z') };
