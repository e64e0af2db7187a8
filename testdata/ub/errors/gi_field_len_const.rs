pub const N: usize = 2;
pub struct Buf { pub head: u8, pub body: [u8; N - 3] }
