const fn get(a: &[i64; 3], i: usize) -> i64 { unsafe { a.as_ptr().add(i).read() } }
pub const OK: i64 = get(&[1, 2, 3], 2);
pub const BAD: i64 = get(&[1, 2, 3], 3);
