//@ mir-from: 4000000000 => 4
// A failing trait associated const.
pub trait Tr {
    const C: u32;
}

impl Tr for u8 {
    const C: u32 = 4000000000 * 2;
}

pub const U: u32 = <u8 as Tr>::C;
