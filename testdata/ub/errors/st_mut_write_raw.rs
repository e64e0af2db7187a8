static mut N: u64 = 0;
pub static W: u64 = unsafe { let p = &raw mut N; *p = 3; 3 };
