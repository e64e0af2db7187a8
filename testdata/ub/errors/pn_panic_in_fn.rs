const fn pick(i: usize) -> u8 {
    match i {
        0 => 1,
        1 => 2,
        _ => panic!("index out of the table"),
    }
}
pub const P: u8 = pick(4);
