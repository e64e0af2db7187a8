// Compile-time checks with `const _: () = assert!(...)` next to the
// tables they guard, plus asserts that pass inside const fns.

pub const SLOTS: usize = 12;
pub const WEIGHTS: [u8; SLOTS] = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233];

const fn sum(xs: &[u8]) -> u32 {
    let mut s = 0u32;
    let mut i = 0;
    while i < xs.len() {
        s += xs[i] as u32;
        i += 1;
    }
    s
}

const fn is_sorted(xs: &[u8]) -> bool {
    let mut i = 1;
    while i < xs.len() {
        if xs[i - 1] > xs[i] {
            return false;
        }
        i += 1;
    }
    true
}

const fn checked_div(a: u32, b: u32) -> u32 {
    assert!(b != 0, "divisor must be non-zero");
    assert!(a >= b);
    a / b
}

const _: () = assert!(WEIGHTS.len() == SLOTS);
const _: () = assert!(is_sorted(&WEIGHTS), "weights must be sorted");
const _: () = {
    let total = sum(&WEIGHTS);
    assert!(total < 1000);
    assert!(total % 2 == 0, "total is even");
};
const _: () = assert!(core::mem::size_of::<[u8; SLOTS]>() == 12);
const _: u32 = checked_div(100, 7);

pub const TOTAL: u32 = sum(&WEIGHTS);
pub const AVERAGE: u32 = checked_div(TOTAL, SLOTS as u32);
pub const SORTED: bool = is_sorted(&WEIGHTS);
pub const CHECKED: () = assert!(TOTAL > 500);

pub mod inner {
    const _: () = assert!(super::SLOTS > 4);
    pub const LAST: u8 = {
        let v = super::WEIGHTS[super::SLOTS - 1];
        assert!(v == 233);
        v
    };
}
