#[repr(C)]
#[derive(Clone, Copy)]
pub struct Padded { pub a: u8, pub b: u16 }
pub const W: u32 = unsafe { std::mem::transmute(Padded { a: 1, b: 2 }) };
