#[derive(Clone, Copy)]
#[repr(C)]
pub union Repr { v: isize, b: [u8; 8] }
pub const fn low_byte(x: isize) -> u8 { unsafe { Repr { v: x }.b[0] } }
pub const fn high_byte(x: isize) -> u8 { unsafe { Repr { v: x }.b[7] } }
pub const LOW: u8 = low_byte(isize::MAX - 1);
pub const HIGH: u8 = high_byte(isize::MIN);
pub const FROM: isize = unsafe { Repr { b: [7; 8] }.v };
pub const KEEP: Repr = Repr { v: 3 };
