static mut COUNTER: u32 = 0;
pub const R: &u32 = unsafe { &*std::ptr::addr_of!(COUNTER) };
