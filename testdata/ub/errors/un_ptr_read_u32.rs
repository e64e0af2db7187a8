#[repr(C)]
union U { p: &'static u64, n: u32 }
static X: u64 = 1;
pub const N: u32 = unsafe { U { p: &X }.n };
