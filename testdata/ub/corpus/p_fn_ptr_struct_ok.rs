const fn inc(x: u8) -> u8 { x + 1 }
pub struct Ops { pub f: fn(u8) -> u8, pub n: u8 }
pub const O: Ops = Ops { f: inc, n: 4 };
pub const N: u8 = O.n;
