// type aliases whose array lengths are constant expressions.
pub const FOO: usize = 50;
pub const WIDTH: usize = 4;

pub type Buf = [u8; FOO - 42];
pub type Grid = [[u16; WIDTH]; WIDTH / 2];
pub type Bits = [bool; 1 << 3];
pub type Scaled = [i32; FOO / 10 * 2 + 1];
pub type FromFn = [u8; len_of("four")];
pub type Nested = [Buf; 2];

const fn len_of(s: &str) -> usize {
    s.len()
}

pub const BUF: Buf = [1; FOO - 42];
pub const GRID: Grid = [[7; WIDTH]; WIDTH / 2];
pub const BITS: Bits = [false; 8];
pub const SCALED_LEN: usize = std::mem::size_of::<Scaled>() / 4;
pub const FROM_FN: FromFn = *b"four";
pub const NESTED: Nested = [BUF, [2; 8]];
pub const BUF_SIZE: usize = std::mem::size_of::<Buf>();

#[derive(Debug)]
pub struct Packet {
    pub header: [u8; 2 + 2],
    pub body: Buf,
}

pub const PACKET: Packet = Packet { header: [0xFF; 4], body: BUF };
pub const PACKET_SIZE: usize = std::mem::size_of::<Packet>();

pub fn zeroed() -> Buf {
    [0; FOO - 42]
}
