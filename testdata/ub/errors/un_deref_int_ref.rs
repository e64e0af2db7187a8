union R { n: usize, r: &'static u64 }
pub const V: u64 = unsafe { *R { n: 64 }.r };
