const fn cube(x: u8) -> u8 { x.pow(3) }
pub const C: u8 = cube(7);
