#[derive(Clone, Copy)]
union Raw { n: u8, b: bool }
pub struct Wrap { pub raw: Raw, pub flag: bool }
pub const W: Wrap = Wrap { raw: Raw { n: 5 }, flag: unsafe { Raw { n: 3 }.b } };
