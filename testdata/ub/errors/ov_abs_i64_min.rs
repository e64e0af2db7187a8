pub const A: i64 = { let x = i64::MIN; x.abs() };
