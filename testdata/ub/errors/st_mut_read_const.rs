static mut COUNT: u32 = 5;
pub const C: u32 = unsafe { COUNT };
