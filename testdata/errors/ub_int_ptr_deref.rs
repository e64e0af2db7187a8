// Dereferencing an integer cast to a pointer.
pub const P: u32 = unsafe { *(16 as *const u32) };
