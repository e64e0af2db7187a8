pub const C: (u8, char) = (1, unsafe { std::mem::transmute(0xD800u32) });
