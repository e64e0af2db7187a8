#[derive(Debug, Clone, Copy)]
#[repr(C)]
pub struct Rgba { pub r: u8, pub g: u8, pub b: u8, pub a: u8 }
pub const RED: Rgba = unsafe { std::mem::transmute(0xFF00_00FFu32) };
pub const PACKED: u32 = unsafe { std::mem::transmute(Rgba { r: 1, g: 2, b: 3, a: 4 }) };
pub const ARR: [Rgba; 2] = unsafe { std::mem::transmute([0x0102_0304u32, 0x0506_0708u32]) };
