pub static F: u8 = if 1 < 2 { F } else { 0 };
pub static G: u8 = if 1 > 2 { G } else { 7 };
