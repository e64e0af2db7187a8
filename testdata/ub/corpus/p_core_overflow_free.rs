pub const A: u32 = 3u32.pow(20);
pub const B: i64 = (-9i64).abs();
pub const C: u16 = 1000u16.next_power_of_two();
pub const D: u64 = 17u64.next_multiple_of(17);
pub const E: i16 = i16::MIN.wrapping_pow(3);
pub const F: Option<u8> = 16u8.checked_pow(2);
