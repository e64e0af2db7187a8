// Tuples as return values and accumulators: destructuring `let`, nested
// tuples, tuples of arrays and references, the unit value, unit-returning
// const fns and tuple fields updated in place.

const fn div_rem(a: u32, b: u32) -> (u32, u32) {
    (a / b, a % b)
}

const fn min_max_sum(xs: &[i32]) -> (i32, i32, i64) {
    let mut acc = (i32::MAX, i32::MIN, 0i64);
    let mut i = 0;
    while i < xs.len() {
        let x = xs[i];
        if x < acc.0 {
            acc.0 = x;
        }
        if x > acc.1 {
            acc.1 = x;
        }
        acc.2 += x as i64;
        i += 1;
    }
    acc
}

const fn fib_pair(n: u32) -> (u64, u64) {
    let (mut a, mut b) = (0u64, 1u64);
    let mut i = 0;
    while i < n {
        (a, b) = (b, a + b);
        i += 1;
    }
    (a, b)
}

const fn nop() {}

const fn unit_of(x: u8) -> () {
    let _ = x;
}

const fn extended_gcd(a: i64, b: i64) -> (i64, (i64, i64)) {
    if b == 0 {
        return (a, (1, 0));
    }
    let (g, (x, y)) = extended_gcd(b, a % b);
    (g, (y, x - (a / b) * y))
}

const fn split_hm(minutes: u32) -> ((u32, u32), &'static str) {
    let (h, m) = div_rem(minutes, 60);
    let label = if h >= 12 { "pm" } else { "am" };
    ((h % 12, m), label)
}

const fn swap_parts(t: ((u8, char), [bool; 2])) -> ([bool; 2], (char, u8)) {
    let ((n, c), flags) = t;
    (flags, (c, n))
}

pub const DR: (u32, u32) = div_rem(1234, 60);
pub const MMS: (i32, i32, i64) = min_max_sum(&[5, -3, 99, 0, 12]);
pub const MMS_EMPTY: (i32, i32, i64) = min_max_sum(&[]);
pub const FIB: (u64, u64) = fib_pair(90);
pub const NOP: () = nop();
pub const UNIT: () = unit_of(3);
pub const UNITS: ((), ((), ())) = ((), ((), ()));
pub const GCD: (i64, (i64, i64)) = extended_gcd(240, 46);
pub const TIMES: [((u32, u32), &str); 3] = [split_hm(0), split_hm(755), split_hm(1439)];
pub const SWAPPED: ([bool; 2], (char, u8)) = swap_parts(((7, 'q'), [true, false]));
pub const SINGLE: (u8,) = (42,);
pub const NESTED_FIELD: char = SWAPPED.1 .0;
pub const WITH_REF: (&str, &[u8], &(i8, i8)) = ("t", b"ab", &(-1, 1));
pub const TUPLE_ARRAY: [(u8, bool); 3] = [(1, true), (2, false), (3, true)];
pub const EMPTY_TUPLE_ARRAY: [(); 0] = [];
