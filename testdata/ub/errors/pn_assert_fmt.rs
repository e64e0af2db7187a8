const fn check(n: u32) -> u32 {
    assert!(n < 10, "n too big");
    n
}
pub const A: u32 = check(3);
pub const B: u32 = check(12);
