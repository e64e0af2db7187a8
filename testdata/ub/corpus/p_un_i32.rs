#[derive(Clone, Copy)]
#[repr(C)]
pub union Repr { v: i32, b: [u8; 4] }
pub const fn low_byte(x: i32) -> u8 { unsafe { Repr { v: x }.b[0] } }
pub const fn high_byte(x: i32) -> u8 { unsafe { Repr { v: x }.b[3] } }
pub const LOW: u8 = low_byte(i32::MAX - 1);
pub const HIGH: u8 = high_byte(i32::MIN);
pub const FROM: i32 = unsafe { Repr { b: [7; 4] }.v };
pub const KEEP: Repr = Repr { v: 3 };
