#[derive(Clone, Copy)]
#[repr(C)]
pub union Repr { v: i128, b: [u8; 16] }
pub const fn low_byte(x: i128) -> u8 { unsafe { Repr { v: x }.b[0] } }
pub const fn high_byte(x: i128) -> u8 { unsafe { Repr { v: x }.b[15] } }
pub const LOW: u8 = low_byte(i128::MAX - 1);
pub const HIGH: u8 = high_byte(i128::MIN);
pub const FROM: i128 = unsafe { Repr { b: [7; 16] }.v };
pub const KEEP: Repr = Repr { v: 3 };
