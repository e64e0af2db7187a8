// wrapping_* integer methods.
pub const ADD: u8 = 250u8.wrapping_add(10);
pub const SUB: u16 = 0u16.wrapping_sub(1);
pub const MUL: i32 = i32::MAX.wrapping_mul(3);
pub const NEG: i8 = i8::MIN.wrapping_neg();
pub const DIV: i64 = i64::MIN.wrapping_div(-1);
pub const REM: i64 = i64::MIN.wrapping_rem(-1);
pub const SHL: u32 = 1u32.wrapping_shl(33);
pub const SHR: u64 = 0x8000_0000_0000_0000u64.wrapping_shr(67);
pub const POW: u8 = 3u8.wrapping_pow(7);
pub const ABS: i16 = i16::MIN.wrapping_abs();
pub const ADD128: u128 = u128::MAX.wrapping_add(2);
pub const MUL128: i128 = i128::MIN.wrapping_mul(-1);
pub const ADDSIZE: usize = usize::MAX.wrapping_add(usize::MAX);

const fn lcg(seed: u32, n: u32) -> u32 {
    let mut x = seed;
    let mut i = 0;
    while i < n {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        i += 1;
    }
    x
}

pub const RAND: [u32; 4] = [lcg(1, 1), lcg(1, 2), lcg(42, 10), lcg(7, 100)];

const fn djb2(s: &[u8]) -> u32 {
    let mut h: u32 = 5381;
    let mut i = 0;
    while i < s.len() {
        h = h.wrapping_mul(33).wrapping_add(s[i] as u32);
        i += 1;
    }
    h
}

pub const HASH_HELLO: u32 = djb2(b"hello");
pub const HASH_LONG: u32 = djb2(b"the quick brown fox jumps over the lazy dog");
pub static WRAPPED: i8 = 127i8.wrapping_add(1);
