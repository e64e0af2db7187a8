#[derive(Debug, Clone, Copy)]
pub enum Dir { North, East, South, West }
pub const D: (u16, Dir) = (9, unsafe { std::mem::transmute(4u8) });
