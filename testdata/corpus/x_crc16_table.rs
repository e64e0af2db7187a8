// CRC-16/CCITT-FALSE, CRC-16/ARC (reflected) and CRC-8 tables built by const fn loops.
const fn crc16_ccitt_table() -> [u16; 256] {
    let mut table = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let mut crc = (i as u16) << 8;
        let mut bit = 0;
        while bit < 8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
            bit += 1;
        }
        table[i] = crc;
        i += 1;
    }
    table
}

const fn crc16_arc_table() -> [u16; 256] {
    let mut table = [0u16; 256];
    let mut i = 0u16;
    while i < 256 {
        let mut crc = i;
        let mut bit = 0;
        while bit < 8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xA001 } else { crc >> 1 };
            bit += 1;
        }
        table[i as usize] = crc;
        i += 1;
    }
    table
}

const fn crc8_table(poly: u8) -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i: usize = 0;
    while i < t.len() {
        let mut c = i as u8;
        let mut k = 0;
        while k < 8 {
            c = if c & 0x80 != 0 { (c << 1) ^ poly } else { c << 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
}

pub const CCITT: [u16; 256] = crc16_ccitt_table();
pub const ARC: [u16; 256] = crc16_arc_table();
pub const CRC8_SMBUS: [u8; 256] = crc8_table(0x07);
pub const CRC8_MAXIM_POLY: u8 = 0x31;

pub const CCITT_FIRST_ROW: [u16; 4] = [CCITT[0], CCITT[1], CCITT[2], CCITT[3]];
pub const ARC_LAST: u16 = ARC[255];

pub const fn crc16_ccitt(data: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    let mut i = 0;
    while i < data.len() {
        let idx = ((crc >> 8) as u8 ^ data[i]) as usize;
        crc = (crc << 8) ^ CCITT[idx];
        i += 1;
    }
    crc
}

pub const fn crc16_arc(data: &[u8]) -> u16 {
    let mut crc: u16 = 0;
    let mut i = 0;
    while i < data.len() {
        crc = (crc >> 8) ^ ARC[((crc ^ data[i] as u16) & 0xFF) as usize];
        i += 1;
    }
    crc
}

pub const fn crc8(data: &[u8]) -> u8 {
    let mut crc = 0u8;
    let mut i = 0;
    while i < data.len() {
        crc = CRC8_SMBUS[(crc ^ data[i]) as usize];
        i += 1;
    }
    crc
}

pub const CHECK_CCITT: u16 = crc16_ccitt(b"123456789");
pub const CHECK_ARC: u16 = crc16_arc(b"123456789");
pub const CHECK_CRC8: u8 = crc8(b"123456789");
pub const HELLO_CCITT: u16 = crc16_ccitt("hello, world".as_bytes());
pub const EMPTY_ARC: u16 = crc16_arc(&[]);
pub const MAXIM: [u8; 256] = crc8_table(CRC8_MAXIM_POLY);
pub const MAXIM_SUM: u32 = {
    let mut s = 0u32;
    let mut i = 0;
    while i < 256 {
        s += MAXIM[i] as u32;
        i += 1;
    }
    s
};
