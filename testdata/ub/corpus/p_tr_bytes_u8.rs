pub const BYTES: [u8; 1] = unsafe { std::mem::transmute(u8::MAX / 3) };
pub const BACK: u8 = unsafe { std::mem::transmute(BYTES) };
pub const NEG: u8 = unsafe { std::mem::transmute([0xffu8; 1]) };
pub const fn from_bytes(b: [u8; 1]) -> u8 { unsafe { std::mem::transmute(b) } }
pub const ONE: u8 = from_bytes({ let mut b = [0u8; 1]; b[0] = 1; b });
