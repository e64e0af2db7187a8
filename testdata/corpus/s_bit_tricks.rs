// Bit manipulation both by hand and with the integer methods: popcount,
// parity, bit reversal, next power of two, Gray code, Morton interleave,
// lowest set bit, byte swaps, rotations, sign extension.

pub const fn popcount(mut x: u64) -> u32 {
    let mut n = 0;
    while x != 0 {
        x &= x - 1;
        n += 1;
    }
    n
}

pub const fn parity(x: u32) -> bool {
    let mut v = x;
    v ^= v >> 16;
    v ^= v >> 8;
    v ^= v >> 4;
    v ^= v >> 2;
    v ^= v >> 1;
    v & 1 == 1
}

pub const fn reverse_bits8(b: u8) -> u8 {
    let mut x = b;
    x = (x & 0xF0) >> 4 | (x & 0x0F) << 4;
    x = (x & 0xCC) >> 2 | (x & 0x33) << 2;
    x = (x & 0xAA) >> 1 | (x & 0x55) << 1;
    x
}

pub const fn next_pow2(mut x: u32) -> u32 {
    if x == 0 {
        return 1;
    }
    x -= 1;
    x |= x >> 1;
    x |= x >> 2;
    x |= x >> 4;
    x |= x >> 8;
    x |= x >> 16;
    x + 1
}

pub const fn gray(n: u16) -> u16 {
    n ^ (n >> 1)
}

pub const fn gray_decode(mut g: u16) -> u16 {
    let mut n = 0;
    while g != 0 {
        n ^= g;
        g >>= 1;
    }
    n
}

// Interleaves the bits of x and y (x in even positions).
pub const fn morton(x: u16, y: u16) -> u32 {
    const fn spread(v: u16) -> u32 {
        let mut v = v as u32;
        v = (v | (v << 8)) & 0x00FF_00FF;
        v = (v | (v << 4)) & 0x0F0F_0F0F;
        v = (v | (v << 2)) & 0x3333_3333;
        v = (v | (v << 1)) & 0x5555_5555;
        v
    }
    spread(x) | spread(y) << 1
}

pub const fn lowest_set(x: i32) -> i32 {
    x & x.wrapping_neg()
}

pub const fn sign_extend(value: u32, bits: u32) -> i32 {
    let shift = 32 - bits;
    ((value << shift) as i32) >> shift
}

pub const fn bswap32(x: u32) -> u32 {
    (x >> 24) | ((x >> 8) & 0xFF00) | ((x << 8) & 0x00FF_0000) | (x << 24)
}

pub const fn is_pow2(x: u64) -> bool {
    x != 0 && x & (x - 1) == 0
}

pub const POPS: [u32; 4] = [popcount(0), popcount(0xFF), popcount(u64::MAX), popcount(0x8000_0000_0000_0001)];
pub const POPS_STD: [u32; 4] = [0u64.count_ones(), 0xFFu64.count_ones(), u64::MAX.count_ones(), 0x8000_0000_0000_0001u64.count_ones()];
pub const PARITY: [bool; 3] = [parity(0b1011), parity(0xFFFF_FFFF), parity(1 << 31)];
pub const REVERSED: [u8; 4] = [reverse_bits8(1), reverse_bits8(0b1100_1010), reverse_bits8(0xFF), 0b1100_1010u8.reverse_bits()];
pub const NEXT_POW2: [u32; 5] = [next_pow2(0), next_pow2(1), next_pow2(17), next_pow2(1024), 1000u32.next_power_of_two()];
pub const GRAY: [u16; 5] = [gray(0), gray(1), gray(2), gray(7), gray_decode(gray(1234))];
pub const MORTON: [u32; 3] = [morton(0, 1), morton(3, 5), morton(0xFFFF, 0)];
pub const LOWEST: [i32; 3] = [lowest_set(12), lowest_set(-8), lowest_set(i32::MIN)];
pub const SIGN_EXT: [i32; 3] = [sign_extend(0xFFF, 12), sign_extend(0x7FF, 12), sign_extend(0x80, 8)];
pub const BSWAP: (u32, u32) = (bswap32(0x1234_5678), 0x1234_5678u32.swap_bytes());
pub const ROT: (u8, u16, u64) = (0b1000_0001u8.rotate_left(1), 0x00FFu16.rotate_right(4), 1u64.rotate_right(1));
pub const ZEROS: (u32, u32, u32) = (1u32.leading_zeros(), 256u32.trailing_zeros(), 0i16.leading_zeros());
pub const POW2: [bool; 4] = [is_pow2(0), is_pow2(64), is_pow2(96), is_pow2(1 << 63)];
pub const MASKS: [u64; 4] = [(1 << 10) - 1, !0 >> 60, u64::MAX << 62, !((1u64 << 32) - 1)];
pub const ILOG: (u32, u32) = (1000u32.ilog2(), 1000u32.ilog10());
