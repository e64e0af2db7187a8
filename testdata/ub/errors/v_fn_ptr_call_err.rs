const fn double(x: u8) -> u8 { x * 2 }
pub const F: fn(u8) -> u8 = double;
pub const G: (fn(u8) -> u8, u8) = (double, 200u8 * 2);
