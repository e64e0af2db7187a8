pub const A: [[u8; 2]; 3] = unsafe { std::mem::transmute([1u8, 2, 3, 4, 5, 6]) };
pub const B: [u16; 3] = unsafe { std::mem::transmute(A) };
pub const C: (u32, u16) = unsafe { std::mem::transmute([0u16, 1, 2, 3]) };
