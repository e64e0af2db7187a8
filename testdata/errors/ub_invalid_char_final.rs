// A surrogate code point as the final value of a const.
pub const C: char = unsafe { std::mem::transmute::<u32, char>(0xD800) };
