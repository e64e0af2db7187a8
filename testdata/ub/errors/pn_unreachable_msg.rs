const fn kind(b: u8) -> u8 {
    match b { 0..=9 => 0, 10..=19 => 1, _ => unreachable!() }
}
pub const K: u8 = kind(40);
