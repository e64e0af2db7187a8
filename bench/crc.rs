// The bit-loop benchmark: build N CRC-32 tables (256 entries, 8 shift
// steps each) with different polynomials and fold entries of each into a
// checksum.
#![allow(long_running_const_eval)]

pub const N: u32 = 100; // small: 2

pub const fn table(poly: u32) -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { poly ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
}

pub const RESULT: u32 = {
    let mut s: u32 = 0;
    let mut p: u32 = 0;
    while p < N {
        let t = table(0xEDB8_8320 ^ (p << 1));
        s = s.rotate_left(5) ^ t[(p % 256) as usize] ^ t[255];
        p += 1;
    }
    s
};
