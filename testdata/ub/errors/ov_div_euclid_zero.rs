pub const D: i32 = 7i32.div_euclid(0);
