// Unsuffixed literals whose type comes from their use: loop counters
// compared with `len()`, accumulators fixed by a return type, literals
// typed by a field, an index, a cast or another operand.

const PRIMES: [u16; 10] = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29];
const TEXT: &[u8] = b"the quick brown fox";

const fn count_spaces() -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < TEXT.len() {
        if TEXT[i] == b' ' {
            n += 1;
        }
        i += 1;
    }
    n
}

const fn sum_primes() -> u64 {
    let mut total = 0;
    let mut i = 0;
    while i < PRIMES.len() {
        total += PRIMES[i] as u64;
        i += 1;
    }
    total
}

#[derive(Debug)]
pub struct Limits {
    pub low: i8,
    pub high: u64,
    pub ratio: f32,
}

const fn limits() -> Limits {
    let low = -100;
    let high = 1 << 40;
    let ratio = 0.75;
    Limits { low, high, ratio }
}

// `x` becomes i16 from the comparison, `step` u32 from the shift operand's use.
const fn mixed() -> (i16, u32, u8) {
    let mut x = 0;
    let limit: i16 = -300;
    while x > limit {
        x -= 75;
    }
    let mut step = 1;
    let mut acc: u32 = 0;
    while step < 1000 {
        acc += step;
        step *= 3;
    }
    let byte = 200;
    let wrapped = (byte as u8).wrapping_add(100);
    (x, acc, wrapped)
}

const fn default_i32() -> i32 {
    // No other constraint: i32.
    let a = 2_000_000_000;
    let b = a / 7;
    b
}

const fn float_default() -> f64 {
    let x = 1.5;
    let y = x * 2.0 + 0.25;
    y
}

const fn hex_and_bin() -> (u8, u16, i32) {
    let a = 0xff;
    let b = 0b1010_1010_1010;
    let c = -0o777;
    (a, b, c)
}

pub const SPACES: usize = count_spaces();
pub const PRIME_SUM: u64 = sum_primes();
pub const LIMITS: Limits = limits();
pub const MIXED: (i16, u32, u8) = mixed();
pub const DEFAULT_INT: i32 = default_i32();
pub const FLOAT: f64 = float_default();
pub const RADIX: (u8, u16, i32) = hex_and_bin();
pub const LAST_PRIME_INDEX: usize = {
    let mut i = PRIMES.len();
    while i > 0 && PRIMES[i - 1] > 20 {
        i -= 1;
    }
    i
};
pub const BIG: u128 = 340_282_366_920_938_463_463_374_607_431_768_211_455;
pub const NEG_MIN: i64 = -9_223_372_036_854_775_808;
