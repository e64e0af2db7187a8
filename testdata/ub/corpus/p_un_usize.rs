#[derive(Clone, Copy)]
#[repr(C)]
pub union Repr { v: usize, b: [u8; 8] }
pub const fn low_byte(x: usize) -> u8 { unsafe { Repr { v: x }.b[0] } }
pub const fn high_byte(x: usize) -> u8 { unsafe { Repr { v: x }.b[7] } }
pub const LOW: u8 = low_byte(usize::MAX - 1);
pub const HIGH: u8 = high_byte(usize::MIN);
pub const FROM: usize = unsafe { Repr { b: [7; 8] }.v };
pub const KEEP: Repr = Repr { v: 3 };
