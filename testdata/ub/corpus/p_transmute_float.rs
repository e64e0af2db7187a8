pub const F: [f32; 2] = unsafe { std::mem::transmute(0x4000_0000_3f80_0000u64) };
pub const D: f64 = unsafe { std::mem::transmute(0x7ff0_0000_0000_0000u64) };
pub const NAN_BITS: u32 = unsafe { std::mem::transmute(-0.0f32) };
