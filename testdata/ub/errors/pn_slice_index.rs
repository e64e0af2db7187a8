const TABLE: [u16; 4] = [1, 2, 3, 4];
const fn at(i: usize) -> u16 { TABLE[i] }
pub const T: u16 = at(9);
