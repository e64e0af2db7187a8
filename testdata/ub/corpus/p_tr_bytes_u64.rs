pub const BYTES: [u8; 8] = unsafe { std::mem::transmute(u64::MAX / 3) };
pub const BACK: u64 = unsafe { std::mem::transmute(BYTES) };
pub const NEG: u64 = unsafe { std::mem::transmute([0xffu8; 8]) };
pub const fn from_bytes(b: [u8; 8]) -> u64 { unsafe { std::mem::transmute(b) } }
pub const ONE: u64 = from_bytes({ let mut b = [0u8; 8]; b[0] = 1; b });
