#[derive(Clone, Copy)]
pub enum Never {}
#[derive(Clone, Copy)]
#[repr(u8)]
pub enum Shape { Dot = 0, Hole(Never) = 1 }
pub const S: Shape = unsafe { std::mem::transmute(1u8) };
