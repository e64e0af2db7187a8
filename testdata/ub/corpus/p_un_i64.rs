#[derive(Clone, Copy)]
#[repr(C)]
pub union Repr { v: i64, b: [u8; 8] }
pub const fn low_byte(x: i64) -> u8 { unsafe { Repr { v: x }.b[0] } }
pub const fn high_byte(x: i64) -> u8 { unsafe { Repr { v: x }.b[7] } }
pub const LOW: u8 = low_byte(i64::MAX - 1);
pub const HIGH: u8 = high_byte(i64::MIN);
pub const FROM: i64 = unsafe { Repr { b: [7; 8] }.v };
pub const KEEP: Repr = Repr { v: 3 };
