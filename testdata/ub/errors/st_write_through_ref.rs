static X: u32 = 1;
pub static Y: u32 = unsafe { *(&X as *const u32 as *mut u32) = 2; 2 };
