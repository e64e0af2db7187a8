pub const A: i32 = (-7i32).abs();
pub const B: u8 = 100u8.next_power_of_two();
pub const C: u32 = 13u32.next_multiple_of(5);
pub const D: i32 = (-7i32).div_euclid(2);
pub const E: i32 = (-7i32).rem_euclid(2);
pub const F: u32 = 7u32.div_ceil(2);
pub const G: u64 = 1000u64.ilog10() as u64;
pub const H: i64 = i64::MIN.wrapping_abs();
