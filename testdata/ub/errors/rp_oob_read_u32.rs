const fn get(a: &[u32; 3], i: usize) -> u32 { unsafe { a.as_ptr().add(i).read() } }
pub const OK: u32 = get(&[1, 2, 3], 2);
pub const BAD: u32 = get(&[1, 2, 3], 3);
