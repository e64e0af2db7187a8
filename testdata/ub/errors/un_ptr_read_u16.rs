#[repr(C)]
union U { p: &'static u64, n: u16 }
static X: u64 = 1;
pub const N: u16 = unsafe { U { p: &X }.n };
