// Byte lookup tables: popcount, parity, bit reversal, trailing zeros.
pub const POPCOUNT: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 1;
    while i < 256 {
        t[i] = (i & 1) as u8 + t[i / 2];
        i += 1;
    }
    t
};

pub const PARITY: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = POPCOUNT[i] % 2 == 1;
        i += 1;
    }
    t
};

const fn reverse_byte(mut b: u8) -> u8 {
    let mut r = 0u8;
    let mut k = 0;
    while k < 8 {
        r = (r << 1) | (b & 1);
        b >>= 1;
        k += 1;
    }
    r
}

pub const REVERSE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = reverse_byte(i as u8);
        i += 1;
    }
    t
};

pub const CTZ: [u8; 256] = {
    let mut t = [8u8; 256];
    let mut i = 1usize;
    while i < 256 {
        t[i] = (i as u8).trailing_zeros() as u8;
        i += 1;
    }
    t
};

pub const fn popcount_u64(x: u64) -> u32 {
    let bytes = x.to_le_bytes();
    let mut n = 0u32;
    let mut i = 0;
    while i < 8 {
        n += POPCOUNT[bytes[i] as usize] as u32;
        i += 1;
    }
    n
}

pub const fn reverse_u32(x: u32) -> u32 {
    let b = x.to_be_bytes();
    u32::from_le_bytes([REVERSE[b[0] as usize], REVERSE[b[1] as usize], REVERSE[b[2] as usize], REVERSE[b[3] as usize]])
}

pub const POP_DEADBEEF: u32 = popcount_u64(0xDEAD_BEEF_0000_FFFF);
pub const POP_MATCHES_INTRINSIC: bool = popcount_u64(0x0123_4567_89AB_CDEF) == 0x0123_4567_89AB_CDEFu64.count_ones();
pub const REV_1: u32 = reverse_u32(1);
pub const REV_MATCHES: bool = reverse_u32(0x1234_5678) == 0x1234_5678u32.reverse_bits();
pub const PARITY_0X7F: bool = PARITY[0x7F];
pub const TOTAL_BITS: u32 = {
    let mut s = 0u32;
    let mut i = 0;
    while i < 256 {
        s += POPCOUNT[i] as u32;
        i += 1;
    }
    s
};
pub const REVERSE_HEAD: [u8; 8] = [REVERSE[0], REVERSE[1], REVERSE[2], REVERSE[3], REVERSE[4], REVERSE[5], REVERSE[6], REVERSE[7]];
pub const CTZ_128: u8 = CTZ[128];
pub const CTZ_0: u8 = CTZ[0];
