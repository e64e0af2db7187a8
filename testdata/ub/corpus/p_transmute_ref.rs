static N: u32 = 5;
pub const R: &u32 = unsafe { std::mem::transmute(&N) };
pub const S: &[u8] = unsafe { std::mem::transmute::<&str, &[u8]>("abc") };
pub const T: &str = unsafe { std::mem::transmute::<&[u8], &str>(b"xyz") };
