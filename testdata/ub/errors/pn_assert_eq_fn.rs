const fn half(n: u32) -> u32 {
    assert!(n % 2 == 0);
    n / 2
}
pub const H: u32 = half(7);
