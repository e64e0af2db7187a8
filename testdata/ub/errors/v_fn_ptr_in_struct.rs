pub struct Ops { pub f: fn(u8) -> u8, pub n: u8 }
pub const O: Ops = unsafe { std::mem::transmute((1usize, 2u64)) };
