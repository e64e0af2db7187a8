// Slices of const arrays and slice patterns: [first, .., last], [a, b, rest @ ..].
pub const DATA: [i32; 8] = [4, -1, 7, 3, 9, -6, 2, 8];
// Range indexing is not const; subslices come from split_at and slice patterns.
pub const fn sub(s: &[i32], start: usize, end: usize) -> &[i32] {
    let (head, _) = s.split_at(end);
    head.split_at(start).1
}

pub const MIDDLE: &[i32] = sub(&DATA, 1, 3);
pub const TAIL: &[i32] = DATA.split_at(5).1;
pub const HEAD: &[i32] = DATA.split_at(2).0;
pub const ALL: &[i32] = &DATA;
pub const INCLUSIVE: &[i32] = match &DATA {
    [_, _, rest @ .., _, _, _] => rest,
};

pub const fn ends(s: &[i32]) -> Option<(i32, i32)> {
    match s {
        [] => None,
        [only] => Some((*only, *only)),
        [first, .., last] => Some((*first, *last)),
    }
}

pub const fn sum(s: &[i32]) -> i32 {
    match s {
        [] => 0,
        [x, rest @ ..] => *x + sum(rest),
    }
}

pub const fn max(s: &[i32]) -> Option<i32> {
    match s {
        [] => None,
        [x] => Some(*x),
        [x, rest @ ..] => match max(rest) {
            Some(m) if m > *x => Some(m),
            _ => Some(*x),
        },
    }
}

pub const fn pairs_increasing(s: &[i32]) -> usize {
    match s {
        [a, b, rest @ ..] => (if *a < *b { 1 } else { 0 }) + pairs_increasing(rest),
        _ => 0,
    }
}

pub const fn describe(s: &[u8]) -> &'static str {
    match s {
        [] => "empty",
        [b'#', ..] => "comment",
        [b'0', b'x', _, ..] => "hex",
        [.., b';'] => "statement",
        [_, _] => "pair",
        [a, .., b] if *a == *b => "bracketed",
        _ => "other",
    }
}

pub const fn second_and_rest(s: &[i32]) -> (i32, usize) {
    if let [_, second, rest @ ..] = s {
        (*second, rest.len())
    } else {
        (0, 0)
    }
}

pub const MID_ENDS: Option<(i32, i32)> = ends(MIDDLE);
pub const TAIL_ENDS: Option<(i32, i32)> = ends(TAIL);
pub const ONE_ENDS: Option<(i32, i32)> = ends(sub(&DATA, 3, 4));
pub const EMPTY_ENDS: Option<(i32, i32)> = ends(DATA.split_at(8).1);
pub const SUM_ALL: i32 = sum(ALL);
pub const SUM_TAIL: i32 = sum(TAIL);
pub const MAX_ALL: Option<i32> = max(ALL);
pub const MAX_HEAD: Option<i32> = max(HEAD);
pub const INCREASING: usize = pairs_increasing(ALL);
pub const KINDS: [&str; 7] = [
    describe(b""),
    describe(b"# hi"),
    describe(b"0x1F"),
    describe(b"x = 1;"),
    describe(b"ab"),
    describe(b"|abc|"),
    describe(b"abc"),
];
pub const SECOND: (i32, usize) = second_and_rest(INCLUSIVE);
pub const SECOND_SHORT: (i32, usize) = second_and_rest(&[1]);
pub const ARRAY_PAT: i32 = match DATA {
    [a, b, .., y, z] => a * b + y * z,
};
