#[repr(C)]
union U { p: &'static u64, n: u64 }
static X: u64 = 1;
pub const N: u64 = unsafe { U { p: &X }.n };
