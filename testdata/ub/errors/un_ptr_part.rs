#[derive(Clone, Copy)]
#[repr(C)]
union PtrBytes { p: &'static u8, b: [u8; 8] }
static X: u8 = 1;
pub const FIRST: u8 = unsafe { PtrBytes { p: &X }.b[0] };
