// i32::MAX * 2 directly in a const.
pub const X: i32 = i32::MAX * 2;
