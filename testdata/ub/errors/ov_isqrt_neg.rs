pub const S: i32 = (-4i32).isqrt();
