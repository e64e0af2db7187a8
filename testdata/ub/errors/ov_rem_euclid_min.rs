pub const R: i64 = i64::MIN.rem_euclid(-1);
