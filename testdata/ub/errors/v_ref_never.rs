pub const R: &(u8, std::convert::Infallible) = unsafe { std::mem::transmute(&0u64) };
