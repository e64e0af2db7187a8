union R { n: usize, r: &'static u64 }
pub const RF: &u64 = unsafe { R { n: 64 }.r };
