union C { n: u32, c: char }
pub const CH: char = unsafe { C { n: 0xD800 }.c };
