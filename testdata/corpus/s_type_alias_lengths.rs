// Buffer sizes computed from constants in `type` aliases and struct
// fields: array lengths with arithmetic, const fn calls and size_of.

pub const LINE: usize = 80;
pub const LINES: usize = 25;
pub const HEADER_WORDS: usize = 4;

pub const fn round_up(n: usize, to: usize) -> usize {
    (n + to - 1) / to * to
}

pub type Line = [u8; LINE];
pub type Screen = [Line; LINES];
pub type Padded = [u8; round_up(LINE + 3, 16)];
pub type Header = [u32; HEADER_WORDS];
pub type Packet = [u8; core::mem::size_of::<Header>() + 2 * LINE];
pub type Bits = [u64; (LINE * LINES + 63) / 64];
pub type Small = [i8; if LINE > 64 { 2 } else { 1 }];

#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub header: Header,
    pub payload: [u8; LINE / 10],
    pub crc: [u8; 1 + 1],
}

pub const fn blank_screen() -> Screen {
    [[b' '; LINE]; LINES]
}

pub const fn frame(seq: u32) -> Frame {
    let mut payload = [0u8; LINE / 10];
    let mut i = 0;
    while i < payload.len() {
        payload[i] = (seq as u8).wrapping_mul(i as u8 + 1);
        i += 1;
    }
    Frame { header: [0xCAFE, seq, LINE as u32, 0], payload, crc: [0xAB, 0xCD] }
}

pub const SCREEN_BYTES: usize = core::mem::size_of::<Screen>();
pub const PADDED_LEN: usize = core::mem::size_of::<Padded>();
pub const PACKET_LEN: usize = core::mem::size_of::<Packet>();
pub const BITS_WORDS: usize = core::mem::size_of::<Bits>() / 8;
pub const SMALL: Small = [-1; 2];
pub const FRAME: Frame = frame(3);
pub const FRAME_SIZE: usize = core::mem::size_of::<Frame>();
pub const CORNER: u8 = blank_screen()[LINES - 1][LINE - 1];
pub const PADDED: Padded = [7; round_up(LINE + 3, 16)];
pub static EMPTY_LINE: Line = [b'-'; LINE];
