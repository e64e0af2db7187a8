static mut C: u32 = 1;
pub static R: u32 = unsafe { let v = C; C = v + 1; v };
pub static OK: u32 = unsafe { C * 5 };
