// Endian conversions: from_le_bytes/to_be_bytes, packing headers, swap_bytes.
pub const LE: u32 = u32::from_le_bytes([0x78, 0x56, 0x34, 0x12]);
pub const BE: u32 = u32::from_be_bytes([0x12, 0x34, 0x56, 0x78]);
pub const BE_BYTES: [u8; 4] = 0xCAFE_BABEu32.to_be_bytes();
pub const LE_BYTES_U64: [u8; 8] = 0x0102_0304_0506_0708u64.to_le_bytes();
pub const NEG_I16: [u8; 2] = (-2i16).to_be_bytes();
pub const FROM_NEG: i32 = i32::from_le_bytes([0xFF, 0xFF, 0xFF, 0x7F]);
pub const U16_PAIR: (u16, u16) = (u16::from_be_bytes([1, 2]), u16::from_le_bytes([1, 2]));
pub const SWAP: u64 = 0x1122_3344_5566_7788u64.swap_bytes();
pub const TO_BE: u32 = 0x0A0B_0C0Du32.to_be();
pub const FROM_BE_FN: u16 = u16::from_be(0x3412);
pub const I128_BYTES: [u8; 16] = (-1i128 << 64).to_be_bytes();

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Packet {
    pub version: u8,
    pub kind: u8,
    pub length: u16,
    pub sequence: u32,
    pub checksum: u16,
}

impl Packet {
    pub const SIZE: usize = 10;
    pub const fn encode(&self) -> [u8; Self::SIZE] {
        let mut out = [0u8; Self::SIZE];
        out[0] = self.version;
        out[1] = self.kind;
        let l = self.length.to_be_bytes();
        out[2] = l[0];
        out[3] = l[1];
        let s = self.sequence.to_be_bytes();
        let mut i = 0;
        while i < 4 {
            out[4 + i] = s[i];
            i += 1;
        }
        let c = self.checksum.to_le_bytes();
        out[8] = c[0];
        out[9] = c[1];
        out
    }
    pub const fn decode(b: &[u8]) -> Option<Packet> {
        if b.len() < Self::SIZE {
            return None;
        }
        Some(Packet {
            version: b[0],
            kind: b[1],
            length: u16::from_be_bytes([b[2], b[3]]),
            sequence: u32::from_be_bytes([b[4], b[5], b[6], b[7]]),
            checksum: u16::from_le_bytes([b[8], b[9]]),
        })
    }
}

pub const PKT: Packet = Packet { version: 2, kind: 7, length: 300, sequence: 0xDEAD_BEEF, checksum: 0x1234 };
pub const WIRE: [u8; Packet::SIZE] = PKT.encode();
pub const BACK: Option<Packet> = Packet::decode(&WIRE);
pub const ROUNDTRIP: bool = match BACK {
    Some(p) => p.sequence == PKT.sequence && p.checksum == PKT.checksum,
    None => false,
};
pub const SHORT: Option<Packet> = Packet::decode(&[1, 2, 3]);
pub const BSWAP_CHAIN: u32 = u32::from_le_bytes(0x1234_5678u32.to_be_bytes());
pub const NE_ROUNDTRIP: u64 = u64::from_ne_bytes(42u64.to_ne_bytes());
pub const READ_U24: u32 = {
    let b = [0xAB, 0xCD, 0xEF];
    u32::from_be_bytes([0, b[0], b[1], b[2]])
};
