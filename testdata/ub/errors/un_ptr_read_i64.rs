#[repr(C)]
union U { p: &'static u64, n: i64 }
static X: u64 = 1;
pub const N: i64 = unsafe { U { p: &X }.n };
