#[derive(Debug, Clone, Copy)]
#[repr(u8)]
pub enum Kind { A = 1, B = 2 }
#[derive(Debug, Clone, Copy)]
#[repr(C)]
pub struct Tagged { pub kind: Kind, pub value: u8 }
pub const T: Tagged = unsafe { std::mem::transmute(0x0902u16) };
pub const K: [Kind; 2] = unsafe { std::mem::transmute([1u8, 2]) };
