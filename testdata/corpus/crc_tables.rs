// Lookup tables computed at compile time (CRC-32, squares, sine approximation).
const fn crc32_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
}

pub const CRC_TABLE: [u32; 256] = crc32_table();
pub const CRC_ENTRY_1: u32 = CRC_TABLE[1];
pub const CRC_ENTRY_255: u32 = CRC_TABLE[255];

const fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    let mut i = 0;
    while i < data.len() {
        crc = CRC_TABLE[((crc ^ data[i] as u32) & 0xFF) as usize] ^ (crc >> 8);
        i += 1;
    }
    !crc
}

pub const CRC_CHECK: u32 = crc32(b"123456789");
pub const CRC_EMPTY: u32 = crc32(b"");

const fn squares() -> [u16; 16] {
    let mut t = [0u16; 16];
    let mut i = 0;
    while i < 16 {
        t[i] = (i * i) as u16;
        i += 1;
    }
    t
}

pub static SQUARES: [u16; 16] = squares();

const fn sin_approx(x: f64) -> f64 {
    // Taylor series to x^7
    let x2 = x * x;
    x * (1.0 - x2 / 6.0 * (1.0 - x2 / 20.0 * (1.0 - x2 / 42.0)))
}

const fn sine_table() -> [f32; 5] {
    let mut t = [0.0f32; 5];
    let mut i = 0;
    while i < 5 {
        t[i] = sin_approx(i as f64 * std::f64::consts::FRAC_PI_8) as f32;
        i += 1;
    }
    t
}

pub const SINES: [f32; 5] = sine_table();

pub fn checksum(data: &[u8]) -> u32 {
    crc32(data)
}
