//@ mir-from: 55296 => 55295
// A surrogate (0xD800) char as the final value.
pub const C: char = unsafe { std::mem::transmute::<u32, char>(55296) };
