pub static S: u8 = 255 + { let x: u8 = 1; x };
