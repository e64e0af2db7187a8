// Tuples: construction, nesting, field access.
pub const UNIT: () = ();
pub const ONE: (u8,) = (7,);
pub const PAIR: (i32, bool) = (-1, true);
pub const TRIPLE: (char, &str, f64) = ('x', "why", 0.5);
pub const NESTED: ((u8, u16), (u32, (u64, u128))) = ((1, 2), (3, (4, 5)));
pub const FIELD: u64 = NESTED.1 .1 .0;
pub const SWAPPED: (bool, i32) = (PAIR.1, PAIR.0);
pub const WITH_ARRAY: ([u8; 3], (u8,)) = ([1, 2, 3], ONE);
pub const MIXED: (i8, u128, i8) = (-1, u128::MAX, 1);
pub const EMPTY_IN: ((), u8, ()) = ((), 9, ());

const fn divmod(a: u32, b: u32) -> (u32, u32) {
    (a / b, a % b)
}

pub const DM: (u32, u32) = divmod(47, 5);

const fn minmax(xs: &[i32]) -> (i32, i32) {
    let mut lo = xs[0];
    let mut hi = xs[0];
    let mut i = 1;
    while i < xs.len() {
        if xs[i] < lo {
            lo = xs[i];
        }
        if xs[i] > hi {
            hi = xs[i];
        }
        i += 1;
    }
    (lo, hi)
}

pub const MM: (i32, i32) = minmax(&[3, -7, 12, 0, 5]);

const fn destructure(t: (u8, (u8, u8))) -> u8 {
    let (a, (b, c)) = t;
    a * 100 + b * 10 + c
}

pub const DESTR: u8 = destructure((1, (2, 3)));
pub static STATIC_TUPLE: (&str, usize) = ("len", 3);
