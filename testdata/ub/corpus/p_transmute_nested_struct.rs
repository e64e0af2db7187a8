#[derive(Debug, Clone, Copy)]
#[repr(C)]
pub struct Inner { pub a: u8, pub b: u8 }
#[derive(Debug, Clone, Copy)]
#[repr(C)]
pub struct Outer { pub i: Inner, pub c: u16 }
pub const O: Outer = unsafe { std::mem::transmute(0x0304_0201u32) };
pub const BACK: u32 = unsafe { std::mem::transmute(O) };
