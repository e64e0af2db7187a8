pub const fn double(x: u32) -> u32 { x * 2 }
pub const F: fn(u32) -> u32 = double;
pub const V: u32 = 21;
