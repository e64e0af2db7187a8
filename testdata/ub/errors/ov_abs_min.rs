pub const A: i32 = i32::MIN.abs();
