pub const BYTES: [u8; 8] = unsafe { std::mem::transmute(isize::MAX / 3) };
pub const BACK: isize = unsafe { std::mem::transmute(BYTES) };
pub const NEG: isize = unsafe { std::mem::transmute([0xffu8; 8]) };
pub const fn from_bytes(b: [u8; 8]) -> isize { unsafe { std::mem::transmute(b) } }
pub const ONE: isize = from_bytes({ let mut b = [0u8; 8]; b[0] = 1; b });
