// Compile-time assertions with `const _: () = assert!(...)`.
pub const LIMIT: usize = 64;
pub const USED: usize = 40;

const _: () = assert!(USED <= LIMIT);
const _: () = assert!(std::mem::size_of::<u64>() == 8, "u64 must be 8 bytes");
const _: () = {
    let mut i = 0;
    while i < 4 {
        assert!(i < 10);
        i += 1;
    }
};
const _: () = assert!(matches!(Some(3), Some(1..=5)));

pub const HEADROOM: usize = LIMIT - USED;

const fn checked_len(n: usize) -> usize {
    assert!(n > 0, "length must be positive");
    n * 2
}

pub const DOUBLED: usize = checked_len(21);

pub struct Assert<const OK: bool>;

pub const fn static_check<const N: usize>() -> usize {
    assert!(N % 2 == 0);
    N / 2
}

pub const HALF: usize = static_check::<10>();
const _: () = assert!(HALF == 5);

pub const CHECKED: bool = {
    assert!(HEADROOM == 24);
    true
};
