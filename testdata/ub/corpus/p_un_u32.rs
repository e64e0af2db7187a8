#[derive(Clone, Copy)]
#[repr(C)]
pub union Repr { v: u32, b: [u8; 4] }
pub const fn low_byte(x: u32) -> u8 { unsafe { Repr { v: x }.b[0] } }
pub const fn high_byte(x: u32) -> u8 { unsafe { Repr { v: x }.b[3] } }
pub const LOW: u8 = low_byte(u32::MAX - 1);
pub const HIGH: u8 = high_byte(u32::MIN);
pub const FROM: u32 = unsafe { Repr { b: [7; 4] }.v };
pub const KEEP: Repr = Repr { v: 3 };
