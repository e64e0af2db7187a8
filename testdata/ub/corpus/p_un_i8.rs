#[derive(Clone, Copy)]
#[repr(C)]
pub union Repr { v: i8, b: [u8; 1] }
pub const fn low_byte(x: i8) -> u8 { unsafe { Repr { v: x }.b[0] } }
pub const fn high_byte(x: i8) -> u8 { unsafe { Repr { v: x }.b[0] } }
pub const LOW: u8 = low_byte(i8::MAX - 1);
pub const HIGH: u8 = high_byte(i8::MIN);
pub const FROM: i8 = unsafe { Repr { b: [7; 1] }.v };
pub const KEEP: Repr = Repr { v: 3 };
