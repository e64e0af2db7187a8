pub const S: &[u8] = unsafe { std::slice::from_raw_parts(b"hello world".as_ptr(), 5) };
pub const T: &[u16] = unsafe { std::slice::from_raw_parts([1u16, 2, 3, 4].as_ptr().add(1), 2) };
pub const E: &[u32] = unsafe { std::slice::from_raw_parts(std::ptr::NonNull::<u32>::dangling().as_ptr(), 0) };
