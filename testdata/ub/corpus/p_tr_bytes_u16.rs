pub const BYTES: [u8; 2] = unsafe { std::mem::transmute(u16::MAX / 3) };
pub const BACK: u16 = unsafe { std::mem::transmute(BYTES) };
pub const NEG: u16 = unsafe { std::mem::transmute([0xffu8; 2]) };
pub const fn from_bytes(b: [u8; 2]) -> u16 { unsafe { std::mem::transmute(b) } }
pub const ONE: u16 = from_bytes({ let mut b = [0u8; 2]; b[0] = 1; b });
