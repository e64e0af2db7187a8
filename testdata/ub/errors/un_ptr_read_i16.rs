#[repr(C)]
union U { p: &'static u64, n: i16 }
static X: u64 = 1;
pub const N: i16 = unsafe { U { p: &X }.n };
