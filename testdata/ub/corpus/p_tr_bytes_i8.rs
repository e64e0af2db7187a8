pub const BYTES: [u8; 1] = unsafe { std::mem::transmute(i8::MAX / 3) };
pub const BACK: i8 = unsafe { std::mem::transmute(BYTES) };
pub const NEG: i8 = unsafe { std::mem::transmute([0xffu8; 1]) };
pub const fn from_bytes(b: [u8; 1]) -> i8 { unsafe { std::mem::transmute(b) } }
pub const ONE: i8 = from_bytes({ let mut b = [0u8; 1]; b[0] = 1; b });
