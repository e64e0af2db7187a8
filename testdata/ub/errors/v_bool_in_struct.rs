pub struct Flags { pub on: bool, pub level: u8 }
pub const F: Flags = unsafe { std::mem::transmute([7u8, 1u8]) };
