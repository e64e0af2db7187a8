pub const R: &[char] = unsafe { std::mem::transmute::<&[u32], &[char]>(&[0x41, 0xD800]) };
