pub const BYTES: [u8; 4] = unsafe { std::mem::transmute(u32::MAX / 3) };
pub const BACK: u32 = unsafe { std::mem::transmute(BYTES) };
pub const NEG: u32 = unsafe { std::mem::transmute([0xffu8; 4]) };
pub const fn from_bytes(b: [u8; 4]) -> u32 { unsafe { std::mem::transmute(b) } }
pub const ONE: u32 = from_bytes({ let mut b = [0u8; 4]; b[0] = 1; b });
