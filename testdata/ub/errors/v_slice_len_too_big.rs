pub const S: &[u64] = unsafe { std::slice::from_raw_parts([1u64].as_ptr(), usize::MAX / 4) };
