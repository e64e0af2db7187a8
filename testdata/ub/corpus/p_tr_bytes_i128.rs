pub const BYTES: [u8; 16] = unsafe { std::mem::transmute(i128::MAX / 3) };
pub const BACK: i128 = unsafe { std::mem::transmute(BYTES) };
pub const NEG: i128 = unsafe { std::mem::transmute([0xffu8; 16]) };
pub const fn from_bytes(b: [u8; 16]) -> i128 { unsafe { std::mem::transmute(b) } }
pub const ONE: i128 = from_bytes({ let mut b = [0u8; 16]; b[0] = 1; b });
