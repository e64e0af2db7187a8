#[derive(Clone, Copy)]
#[repr(C)]
pub union Repr { v: i16, b: [u8; 2] }
pub const fn low_byte(x: i16) -> u8 { unsafe { Repr { v: x }.b[0] } }
pub const fn high_byte(x: i16) -> u8 { unsafe { Repr { v: x }.b[1] } }
pub const LOW: u8 = low_byte(i16::MAX - 1);
pub const HIGH: u8 = high_byte(i16::MIN);
pub const FROM: i16 = unsafe { Repr { b: [7; 2] }.v };
pub const KEEP: Repr = Repr { v: 3 };
