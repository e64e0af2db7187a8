pub static S: u32 = { let mut x = 0u32; loop { x = x.wrapping_add(1); if x == 0 { break; } } x };
