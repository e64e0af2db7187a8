//@ mir-from: 2147483647 => 5
// An overflowing expression behind a reference.
pub const P: &i32 = &(2147483647 + 1);
