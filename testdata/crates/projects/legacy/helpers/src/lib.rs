pub const TAG: &'static str = "legacy";

pub const fn double(n: u32) -> u32 {
    n * 2
}
