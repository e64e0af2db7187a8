// Slices through `&[T]` and `&str`: lengths, indexing, `split_at`,
// `first`/`last`, byte views of strings, sub-slices by pattern, and
// functions that return slices of their input.

const WORDS: [&str; 5] = ["alpha", "beta", "gamma", "delta", "epsilon"];
const SAMPLES: [i16; 8] = [4, -2, 7, 7, 0, -9, 3, 12];

const fn longest(words: &[&str]) -> &'static str {
    let mut best = "";
    let mut i = 0;
    while i < words.len() {
        if words[i].len() > best.len() {
            best = WORDS[i];
        }
        i += 1;
    }
    best
}

const fn starts_with(s: &str, prefix: &str) -> bool {
    let (a, b) = (s.as_bytes(), prefix.as_bytes());
    if b.len() > a.len() {
        return false;
    }
    let mut i = 0;
    while i < b.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

// The part of `s` after the first `sep`, or all of `s`.
const fn after(s: &[u8], sep: u8) -> &[u8] {
    let mut i = 0;
    while i < s.len() {
        if s[i] == sep {
            let (_, rest) = s.split_at(i + 1);
            return rest;
        }
        i += 1;
    }
    s
}

const fn trim_spaces(mut s: &[u8]) -> &[u8] {
    while let [b' ', rest @ ..] = s {
        s = rest;
    }
    while let [rest @ .., b' '] = s {
        s = rest;
    }
    s
}

const fn min_max(xs: &[i16]) -> Option<(i16, i16)> {
    let Some(&first) = xs.first() else {
        return None;
    };
    let mut lo = first;
    let mut hi = first;
    let mut rest = xs;
    while let [x, tail @ ..] = rest {
        if *x < lo {
            lo = *x;
        }
        if *x > hi {
            hi = *x;
        }
        rest = tail;
    }
    Some((lo, hi))
}

const fn window_sums(xs: &[i16]) -> [i32; 4] {
    let mut out = [0i32; 4];
    let mut k = 0;
    while k < 4 {
        let (_, tail) = xs.split_at(2 * k);
        let (win, _) = tail.split_at(2);
        out[k] = win[0] as i32 + win[1] as i32;
        k += 1;
    }
    out
}

pub const LONGEST: &str = longest(&WORDS);
pub const LENS: [usize; 3] = [WORDS[0].len(), WORDS[4].len(), "".len()];
pub const PREFIX: [bool; 3] = [starts_with("gamma-ray", "gamma"), starts_with("gam", "gamma"), starts_with("beta", "alpha")];
pub const AFTER_EQ: &[u8] = after(b"key=value", b'=');
pub const NO_SEP: &[u8] = after(b"plain", b'=');
pub const TRIMMED: &[u8] = trim_spaces(b"   padded text  ");
pub const ALL_SPACES: &[u8] = trim_spaces(b"    ");
pub const RANGE: Option<(i16, i16)> = min_max(&SAMPLES);
pub const RANGE_EMPTY: Option<(i16, i16)> = min_max(&[]);
pub const WINDOWS: [i32; 4] = window_sums(&SAMPLES);
pub const TAIL: &[i16] = SAMPLES.split_at(6).1;
pub const FIRST_LAST: (Option<&i16>, Option<&i16>) = (SAMPLES.first(), SAMPLES.last());
pub const GREETING: &str = "héllo, wörld";
pub const GREETING_BYTES: usize = GREETING.len();
pub const GREETING_SLICE: &[u8] = GREETING.as_bytes().split_at(3).0;
pub static NAMES: &[&str] = &WORDS;
