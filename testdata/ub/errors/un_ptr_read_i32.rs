#[repr(C)]
union U { p: &'static u64, n: i32 }
static X: u64 = 1;
pub const N: i32 = unsafe { U { p: &X }.n };
