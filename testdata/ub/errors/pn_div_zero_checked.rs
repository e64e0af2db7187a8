const fn ratio(a: u32, b: u32) -> u32 {
    match a.checked_div(b) { Some(v) => v, None => panic!("division by zero in ratio") }
}
pub const R: u32 = ratio(4, 0);
