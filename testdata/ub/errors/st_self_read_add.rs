pub static D: u32 = D + 1;
