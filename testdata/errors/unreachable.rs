// unreachable!() reached in a match.
const fn name(x: u8) -> &'static str {
    match x {
        0 => "zero",
        1 | 2 => "small",
        _ => unreachable!(),
    }
}

pub const N: &str = name(9);
