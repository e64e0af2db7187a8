const fn mag(x: i8) -> i8 { x.abs() }
pub const M: i8 = mag(-128);
