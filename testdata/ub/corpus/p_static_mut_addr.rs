pub static mut BUF: [u8; 4] = [0; 4];
pub static FIRST: u8 = 1;
pub static mut COUNT: usize = 3;
