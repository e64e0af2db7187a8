const A: &str = "a";
const B: &str = "b";
pub const fn pick(n: u8) -> &'static str {
    match n { 0 => A, 1 => B, _ => panic!("{}", "unknown") }
}
pub const X: &str = pick(0);
pub const Y: &str = pick(1);
