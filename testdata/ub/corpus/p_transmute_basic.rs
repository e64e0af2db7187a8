pub const A: u32 = unsafe { std::mem::transmute([1u8, 2, 3, 4]) };
pub const B: [u16; 2] = unsafe { std::mem::transmute(0x0001_0002u32) };
pub const C: f32 = unsafe { std::mem::transmute(0x3f80_0000u32) };
pub const D: i8 = unsafe { std::mem::transmute(200u8) };
pub const E: bool = unsafe { std::mem::transmute(1u8) };
pub const F: char = unsafe { std::mem::transmute(0x1F600u32) };
pub const G: (u8, u8) = unsafe { std::mem::transmute(0x0102u16) };
pub const H: u64 = unsafe { std::mem::transmute(1.0f64) };
