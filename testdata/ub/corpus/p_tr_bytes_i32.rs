pub const BYTES: [u8; 4] = unsafe { std::mem::transmute(i32::MAX / 3) };
pub const BACK: i32 = unsafe { std::mem::transmute(BYTES) };
pub const NEG: i32 = unsafe { std::mem::transmute([0xffu8; 4]) };
pub const fn from_bytes(b: [u8; 4]) -> i32 { unsafe { std::mem::transmute(b) } }
pub const ONE: i32 = from_bytes({ let mut b = [0u8; 4]; b[0] = 1; b });
