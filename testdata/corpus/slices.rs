// Slices through references: len, is_empty, first, indexing, sub-slicing patterns.
pub const S: &[u32] = &[5, 10, 15, 20];
pub const EMPTY: &[u8] = &[];
pub const LEN: usize = S.len();
pub const IS_EMPTY: bool = EMPTY.is_empty();
pub const NOT_EMPTY: bool = S.is_empty();
pub const FIRST: Option<&u32> = S.first();
pub const FIRST_EMPTY: Option<&u8> = EMPTY.first();
pub const LAST: Option<&u32> = S.last();
pub const SECOND: u32 = S[1];
pub const NESTED: &[&[i8]] = &[&[1, 2], &[], &[-3]];
pub const NESTED_LEN: usize = NESTED[0].len() + NESTED[1].len() + NESTED[2].len();
pub const STRS: &[&str] = &["a", "bb", "ccc"];
pub const SPLIT: (&[u32], &[u32]) = S.split_at(1);

const fn sum(xs: &[u32]) -> u32 {
    let mut total = 0;
    let mut i = 0;
    while i < xs.len() {
        total += xs[i];
        i += 1;
    }
    total
}

pub const SUM: u32 = sum(S);

const fn count_pat(xs: &[u8]) -> (usize, usize) {
    match xs {
        [] => (0, 0),
        [first, .., last] => (*first as usize, *last as usize),
        [only] => (*only as usize, *only as usize),
    }
}

pub const PAT3: (usize, usize) = count_pat(&[4, 5, 6]);
pub const PAT1: (usize, usize) = count_pat(&[9]);
pub const PAT0: (usize, usize) = count_pat(&[]);

const fn tail_sum(xs: &[u32]) -> u32 {
    match xs {
        [] => 0,
        [head, rest @ ..] => *head + tail_sum(rest),
    }
}

pub const TAIL_SUM: u32 = tail_sum(&[1, 2, 3, 4, 5]);
pub static STATIC_SLICE: &[u16] = &[1, 1, 2, 3, 5, 8];
