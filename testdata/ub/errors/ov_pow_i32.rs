pub const P: i32 = 3i32.pow(21);
