#[derive(Clone, Copy)]
#[repr(C)]
pub union Repr { v: u8, b: [u8; 1] }
pub const fn low_byte(x: u8) -> u8 { unsafe { Repr { v: x }.b[0] } }
pub const fn high_byte(x: u8) -> u8 { unsafe { Repr { v: x }.b[0] } }
pub const LOW: u8 = low_byte(u8::MAX - 1);
pub const HIGH: u8 = high_byte(u8::MIN);
pub const FROM: u8 = unsafe { Repr { b: [7; 1] }.v };
pub const KEEP: Repr = Repr { v: 3 };
