pub const X: () = unsafe { *(16 as *mut u8) = 1 };
