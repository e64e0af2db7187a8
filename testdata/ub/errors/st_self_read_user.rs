pub static A: i32 = A;
pub const B: i32 = 4;
