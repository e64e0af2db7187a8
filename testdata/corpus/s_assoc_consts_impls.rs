// Associated consts and const fns spread over several impl blocks and
// modules: consts referring to other types' consts, `Self::` and
// `Type::` paths, consts used as array lengths and in patterns.

pub mod proto {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Header {
        pub magic: u32,
        pub version: u8,
        pub flags: u8,
        pub len: u16,
    }

    impl Header {
        pub const MAGIC: u32 = u32::from_be_bytes(*b"MIRL");
        pub const VERSION: u8 = 3;
        pub const SIZE: usize = 8;
        pub const FLAG_COMPRESSED: u8 = 1 << 0;
        pub const FLAG_SIGNED: u8 = 1 << 1;
        pub const ALL_FLAGS: u8 = Self::FLAG_COMPRESSED | Self::FLAG_SIGNED;
        pub const EMPTY: Header = Header::new(0, 0);
    }

    impl Header {
        pub const fn new(flags: u8, len: u16) -> Self {
            Self { magic: Self::MAGIC, version: Self::VERSION, flags, len }
        }

        pub const fn encode(&self) -> [u8; Header::SIZE] {
            let m = self.magic.to_be_bytes();
            let l = self.len.to_be_bytes();
            [m[0], m[1], m[2], m[3], self.version, self.flags, l[0], l[1]]
        }

        pub const fn decode(b: &[u8; Self::SIZE]) -> Option<Self> {
            let magic = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
            if magic != Self::MAGIC {
                return None;
            }
            match b[4] {
                Self::VERSION => {}
                _ => return None,
            }
            if b[5] & !Self::ALL_FLAGS != 0 {
                return None;
            }
            Some(Self { magic, version: b[4], flags: b[5], len: u16::from_be_bytes([b[6], b[7]]) })
        }

        pub const fn is(&self, flag: u8) -> bool {
            self.flags & flag != 0
        }
    }
}

use proto::Header;

pub struct Limits;

impl Limits {
    pub const MAX_PAYLOAD: usize = u16::MAX as usize;
    pub const MAX_FRAME: usize = Header::SIZE + Self::MAX_PAYLOAD;
    pub const BUFFERS: usize = 4;
    pub const POOL: usize = Self::BUFFERS * Limits::MAX_FRAME;
}

pub const SIGNED: Header = Header::new(Header::FLAG_SIGNED, 512);
pub const ENCODED: [u8; Header::SIZE] = SIGNED.encode();
pub const DECODED: Option<Header> = Header::decode(&ENCODED);
pub const BAD_MAGIC: Option<Header> = Header::decode(&[0; Header::SIZE]);
pub const BAD_FLAGS: Option<Header> = {
    let mut b = ENCODED;
    b[5] = 0x80;
    Header::decode(&b)
};
pub const FLAGS: (bool, bool) = (SIGNED.is(Header::FLAG_SIGNED), SIGNED.is(Header::FLAG_COMPRESSED));
pub const EMPTY: Header = Header::EMPTY;
pub const POOL_BYTES: usize = Limits::POOL;
pub const SCRATCH: [u8; Limits::BUFFERS] = [Header::VERSION; Limits::BUFFERS];
pub const MAGIC_HEX: u32 = Header::MAGIC;
