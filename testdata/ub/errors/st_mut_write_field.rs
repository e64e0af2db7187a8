static mut PAIR: (u8, u16) = (1, 2);
pub static W: u8 = unsafe { PAIR.0 = 9; 9 };
