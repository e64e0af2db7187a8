const fn to_bool(x: u8) -> bool { unsafe { std::mem::transmute(x) } }
pub const B: [bool; 3] = [to_bool(0), to_bool(1), to_bool(2)];
