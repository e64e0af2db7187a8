const fn get(a: &[u64; 3], i: usize) -> u64 { unsafe { a.as_ptr().add(i).read() } }
pub const OK: u64 = get(&[1, 2, 3], 2);
pub const BAD: u64 = get(&[1, 2, 3], 3);
