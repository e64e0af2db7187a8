const fn get(a: &[u16; 3], i: usize) -> u16 { unsafe { a.as_ptr().add(i).read() } }
pub const OK: u16 = get(&[1, 2, 3], 2);
pub const BAD: u16 = get(&[1, 2, 3], 3);
