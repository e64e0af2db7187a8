static X: u8 = 7;
pub const ADDR: usize = unsafe { std::mem::transmute(&X) };
