pub const A: i32 = 5;
pub const B: i32 = A * 2;
