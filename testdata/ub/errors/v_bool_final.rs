pub const B: bool = unsafe { std::mem::transmute(2u8) };
