pub const A: u8 = 3u8.abs_diff(250);
pub const B: u16 = 300u16.pow(2);
