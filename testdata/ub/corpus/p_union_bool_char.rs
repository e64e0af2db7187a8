#[derive(Clone, Copy)]
pub union BC { n: u32, c: char }
#[derive(Clone, Copy)]
pub union BB { n: u8, b: bool }
pub const C: char = unsafe { BC { n: 0x263A }.c };
pub const B: bool = unsafe { BB { n: 1 }.b };
pub const N: u32 = unsafe { BC { c: 'Ω' }.n };
