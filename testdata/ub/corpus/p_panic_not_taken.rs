const MSG: &str = "never";
pub const fn checked(n: u32) -> u32 {
    assert!(n < 100, "{}", MSG);
    if n > 50 { panic!("{}", MSG) }
    n * 2
}
pub const A: u32 = checked(7);
pub const B: u32 = checked(50);
