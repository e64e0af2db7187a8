const ERR: &str = "negative balance";
const fn settle(xs: &[i32]) -> i32 {
    let mut b = 0;
    let mut i = 0;
    while i < xs.len() { b += xs[i]; assert!(b >= 0, "{}", ERR); i += 1; }
    b
}
pub const B: i32 = settle(&[5, -2, -4]);
