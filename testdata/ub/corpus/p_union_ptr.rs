#[derive(Clone, Copy)]
pub union P { r: &'static u32, p: *const u32 }
static N: u32 = 77;
pub const R: P = P { r: &N };
pub const V: u32 = unsafe { *R.p };
pub const BACK: &u32 = unsafe { P { p: &N as *const u32 }.r };
