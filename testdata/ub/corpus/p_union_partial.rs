#[derive(Clone, Copy)]
pub union V { x: u8, y: u64 }
pub const C: V = V { x: 1 };
pub const X: u8 = unsafe { C.x };
pub static W: V = V { y: u64::MAX };
pub const LOW: u8 = unsafe { W.x };
