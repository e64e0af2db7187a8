// A const reading a static mut.
pub static mut SM: u32 = 5;
pub const C: u32 = unsafe { SM };
