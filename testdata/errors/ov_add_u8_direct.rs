// u8::MAX + 1 directly in the const body.
pub const X: u8 = u8::MAX + 1;
