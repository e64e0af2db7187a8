//@ mir-from: 100 => 50
// A failing associated const, used by a const.
pub struct S;

impl S {
    pub const C: u8 = 200 + 100;
}

pub const U: u8 = S::C;
