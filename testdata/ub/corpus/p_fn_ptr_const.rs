pub const fn double(x: u32) -> u32 { x * 2 }
pub const G: u32 = { let _f: fn(u32) -> u32 = double; double(21) };
pub const V: u32 = 21;
