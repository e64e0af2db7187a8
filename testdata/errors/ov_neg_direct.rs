// Negation overflow in the const body of an i64.
const M: i64 = i64::MIN;
pub const N: i64 = -M;
