const fn get(a: &[i32; 3], i: usize) -> i32 { unsafe { a.as_ptr().add(i).read() } }
pub const OK: i32 = get(&[1, 2, 3], 2);
pub const BAD: i32 = get(&[1, 2, 3], 3);
