pub mod geo {
    pub const SCALE: i64 = 1000;
    pub mod inner {
        use super::SCALE;
        pub const DOUBLE: i64 = SCALE * 2;
        pub const fn scaled(v: i64) -> i64 { v * crate::geo::SCALE / self::helper() }
        const fn helper() -> i64 { 10 }
    }
}
use geo::inner::{self, DOUBLE as D2};
pub const A: i64 = inner::scaled(7) + D2;
type Buf = [u8; geo::SCALE as usize / 250];
pub const BUF: Buf = [0xAB; 4];
pub const fn fib(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) }
}
pub const FIBS: [u64; 5] = [fib(10), fib(20), fib(1), fib(0), fib(25)];
pub const fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        let t = b;
        b = a % b;
        a = t;
    }
    a
}
pub const GCD: u64 = gcd(1071, 462);
pub const fn count(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    let mut n = 0;
    while i < b.len() {
        if b[i] == b' ' { n += 1; }
        i += 1;
    }
    n
}
pub const SPACES: usize = count("a b  c d");
pub const fn first_word(s: &[u8]) -> &[u8] {
    match s {
        [] => s,
        [b' ', rest @ ..] => first_word(rest),
        _ => s,
    }
}
pub const FW: &[u8] = first_word(b"  hi");
pub const fn checked(a: u8, b: u8) -> (Option<u8>, u8, (u8, bool), u8) {
    (a.checked_add(b), a.saturating_add(b), a.overflowing_add(b), a.wrapping_mul(b))
}
pub const CH: (Option<u8>, u8, (u8, bool), u8) = checked(250, 10);
pub const POW: (u32, u64, i32) = (3u32.pow(5), 2u64.pow(40), (-2i32).pow(3));
pub const BITOPS: (u32, u32, u32, u32) = (0b1011u32.count_ones(), 1u32.leading_zeros(), 8u32.trailing_zeros(), 0x12345678u32.swap_bytes());
pub const ROT: u8 = 0b1000_0001u8.rotate_left(1);
pub const ABS: (i32, u32, i32) = ((-7i32).abs(), (-7i32).unsigned_abs(), (-7i32).rem_euclid(3));
pub const CHARM: (bool, bool, char, Option<u32>) = ('7'.is_ascii_digit(), 'x'.is_ascii_alphabetic(), 'q'.to_ascii_uppercase(), 'f'.to_digit(16));
pub const FLT: (f64, f64, u64, bool) = (2.5f64.floor(), (-2.5f64).abs(), 1.0f64.to_bits(), f64::INFINITY.is_infinite());

pub const RAW: u32 = {
    let arr = [10u32, 20, 30];
    let p = &arr as *const [u32; 3] as *const u32;
    unsafe { *p.add(2) + *p }
};
pub const MUTREF: [i32; 3] = {
    let mut a = [1, 2, 3];
    let r = &mut a;
    r[1] = 20;
    let x = &mut r[2];
    *x += 100;
    a
};
pub const fn swap_ends(a: &mut [u8]) {
    let n = a.len();
    let t = a[0];
    a[0] = a[n - 1];
    a[n - 1] = t;
}
pub const SWAPPED: [u8; 4] = {
    let mut a = [1, 2, 3, 4];
    swap_ends(&mut a);
    a
};
pub const _: () = assert!(GCD == 21);
const _: () = assert!(SPACES > 1, "need spaces");
pub const ASSOC: u32 = u32::MAX / 2 + u8::MAX as u32;
pub const NEGMOD: (i32, i32) = (-7 / 2, -7 % 2);
