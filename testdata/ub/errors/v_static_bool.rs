pub static B: bool = unsafe { std::mem::transmute(0xffu8) };
