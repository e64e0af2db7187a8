const BAD: u32 = { let x: u32 = 0; 10 / x };
pub static S: &u32 = &BAD;
