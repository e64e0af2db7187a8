const fn ratio(a: u32, b: u32) -> u32 { a / b }
pub static R: u32 = ratio(1, 0);
