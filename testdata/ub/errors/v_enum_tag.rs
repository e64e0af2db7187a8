#[derive(Debug, Clone, Copy)]
#[repr(u8)]
pub enum Color { Red = 1, Green = 2, Blue = 4 }
pub const C: Color = unsafe { std::mem::transmute(3u8) };
