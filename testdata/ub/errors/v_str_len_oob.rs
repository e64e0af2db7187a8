pub const S: &str = unsafe { std::mem::transmute::<&[u8], &str>(std::slice::from_raw_parts("ab".as_ptr(), 5)) };
