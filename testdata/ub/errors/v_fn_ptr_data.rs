static D: u32 = 5;
pub const F: fn() -> u32 = unsafe { std::mem::transmute(&D) };
