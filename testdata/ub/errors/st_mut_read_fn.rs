static mut LEVEL: u8 = 1;
const fn level() -> u8 { unsafe { LEVEL } }
pub const L: u8 = level();
