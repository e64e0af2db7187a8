pub const S: &[u8] = unsafe { std::mem::transmute((0usize, 4usize)) };
