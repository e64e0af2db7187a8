const fn digits(base: u32) -> u32 { let mut e = 0; while e < 40 { let _ = base.pow(e); e += 1; } e }
pub const D: u32 = digits(3);
