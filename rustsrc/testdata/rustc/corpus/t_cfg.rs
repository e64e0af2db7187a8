#[cfg(test)]
pub const MODE: u8 = 1;
#[cfg(not(test))]
pub const MODE: u8 = 2;
pub type Word = u32;
pub const W: (u32, u32) = (Word::MAX, <u16>::MAX as u32);
pub const M: u8 = MODE * 10;
