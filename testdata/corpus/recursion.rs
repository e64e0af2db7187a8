// Recursive const fns: factorial, fibonacci, gcd, small Ackermann, power.
const fn fact(n: u64) -> u64 {
    if n == 0 { 1 } else { n * fact(n - 1) }
}

pub const FACT_0: u64 = fact(0);
pub const FACT_10: u64 = fact(10);
pub const FACT_20: u64 = fact(20);

const fn fib(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) }
}

pub const FIB_20: u64 = fib(20);
pub const FIBS: [u64; 8] = [fib(0), fib(1), fib(2), fib(3), fib(4), fib(5), fib(6), fib(7)];

const fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

pub const GCD: u64 = gcd(1071, 462);
pub const GCD_PRIME: u64 = gcd(97, 89);
pub const LCM: u64 = 21 * 6 / gcd(21, 6);

const fn ackermann(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ackermann(m - 1, 1)
    } else {
        ackermann(m - 1, ackermann(m, n - 1))
    }
}

pub const ACK_1_2: u64 = ackermann(1, 2);
pub const ACK_2_3: u64 = ackermann(2, 3);

const fn pow_mod(base: u64, exp: u64, m: u64) -> u64 {
    if exp == 0 {
        1 % m
    } else if exp % 2 == 0 {
        let h = pow_mod(base, exp / 2, m);
        h * h % m
    } else {
        base % m * pow_mod(base, exp - 1, m) % m
    }
}

pub const POW_MOD: u64 = pow_mod(7, 560, 561);

const fn depth(n: u32) -> u32 {
    if n == 0 { 0 } else { 1 + depth(n - 1) }
}

pub const DEPTH_126: u32 = depth(126);

const fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

const fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

pub const MUTUAL: (bool, bool) = (is_even(40), is_odd(41));

const fn binary_search(xs: &[i32], t: i32, lo: usize, hi: usize) -> Option<usize> {
    if lo >= hi {
        return None;
    }
    let mid = lo + (hi - lo) / 2;
    if xs[mid] == t {
        Some(mid)
    } else if xs[mid] < t {
        binary_search(xs, t, mid + 1, hi)
    } else {
        binary_search(xs, t, lo, mid)
    }
}

pub const BS: Option<usize> = binary_search(&[1, 3, 5, 7, 9, 11], 9, 0, 6);
pub static STATIC_FIB: u64 = fib(15);
