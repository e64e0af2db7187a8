const fn neg(x: i64) -> i64 { -x }
pub const N: i64 = neg(i64::MIN);
