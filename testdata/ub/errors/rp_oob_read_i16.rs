const fn get(a: &[i16; 3], i: usize) -> i16 { unsafe { a.as_ptr().add(i).read() } }
pub const OK: i16 = get(&[1, 2, 3], 2);
pub const BAD: i16 = get(&[1, 2, 3], 3);
