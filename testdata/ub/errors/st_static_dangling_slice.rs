pub static S: &[u16] = unsafe { std::slice::from_raw_parts([1u16, 2].as_ptr(), 4) };
