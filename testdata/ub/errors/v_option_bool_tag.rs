pub const O: Option<bool> = unsafe { std::mem::transmute(5u8) };
