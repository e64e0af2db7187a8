pub const T: (u8, (bool, u8)) = (1, (unsafe { std::mem::transmute(4u8) }, 2));
