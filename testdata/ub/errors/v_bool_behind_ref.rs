pub const R: &bool = unsafe { std::mem::transmute(&3u8) };
