static mut COUNTER: u32 = 0;
pub static INIT: u32 = unsafe { COUNTER = 5; 5 };
