const LIMIT: &str = "limit";
const fn check(n: u32) -> u32 {
    assert!(n < 10, "{}", LIMIT);
    n
}
pub const B: u32 = check(12);
