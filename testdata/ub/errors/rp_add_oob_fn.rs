const fn nth(a: &[u32], i: usize) -> u32 { unsafe { *a.as_ptr().add(i) } }
pub const A: u32 = nth(&[1, 2, 3], 2);
pub const B: u32 = nth(&[1, 2, 3], 3);
