pub const P: usize = 2usize.pow(64);
