const fn twice(x: u64) -> u64 { x * 2 }
pub static T: u64 = twice(T);
