// Const slice methods: split_at, first/last, split_first/split_last, is_empty, len, chunks by hand.
pub const DATA: [u8; 10] = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0];
pub const EMPTY: [u8; 0] = [];

pub const SPLIT: (&[u8], &[u8]) = DATA.split_at(3);
pub const SPLIT_END: (&[u8], &[u8]) = DATA.split_at(10);
pub const FIRST: Option<&u8> = DATA.first();
pub const LAST: Option<&u8> = DATA.last();
pub const FIRST_EMPTY: Option<&u8> = EMPTY.first();
pub const SPLIT_FIRST: Option<(&u8, &[u8])> = SPLIT.0.split_first();
pub const SPLIT_LAST: Option<(&u8, &[u8])> = SPLIT.1.split_last();
pub const IS_EMPTY: (bool, bool) = (EMPTY.is_empty(), SPLIT_END.1.is_empty());
pub const LENS: (usize, usize) = (SPLIT.0.len(), SPLIT.1.len());
pub const CHECKED: Option<(&[u8], &[u8])> = DATA.split_at_checked(11);
pub const CHECKED_OK: Option<(&[u8], &[u8])> = DATA.split_at_checked(9);
pub const FIRST_CHUNK: Option<&[u8; 4]> = DATA.first_chunk::<4>();
pub const LAST_CHUNK: Option<&[u8; 2]> = DATA.last_chunk::<2>();
pub const TOO_BIG_CHUNK: Option<&[u8; 11]> = DATA.first_chunk::<11>();
pub const TRIMMED: &[u8] = b"  padded text \n".trim_ascii();
pub const TRIM_START: &[u8] = b"\t\tx ".trim_ascii_start();
pub const FLAT: &[u8] = [[1u8, 2], [3, 4], [5, 6]].as_flattened();
pub const ASCII_EQ: bool = b"Hello".eq_ignore_ascii_case(b"hELLO");
pub const IS_ASCII: (bool, bool) = (b"abc".is_ascii(), "héllo".as_bytes().is_ascii());

pub const fn chunk_sums<const C: usize>(s: &[u8]) -> [u32; 4] {
    let mut out = [0u32; 4];
    let mut rest = s;
    let mut k = 0;
    while !rest.is_empty() && k < 4 {
        let n = if rest.len() < C { rest.len() } else { C };
        let (chunk, tail) = rest.split_at(n);
        let mut i = 0;
        while i < chunk.len() {
            out[k] += chunk[i] as u32;
            i += 1;
        }
        rest = tail;
        k += 1;
    }
    out
}

pub const fn windows_max(s: &[u8]) -> u32 {
    let mut best = 0;
    let mut rest = s;
    while let [a, b, c, ..] = rest {
        let w = *a as u32 + *b as u32 + *c as u32;
        if w > best {
            best = w;
        }
        rest = rest.split_first().unwrap().1;
    }
    best
}

pub const SUMS: [u32; 4] = chunk_sums::<3>(&DATA);
pub const WINDOW: u32 = windows_max(&[1, 9, 2, 8, 8, 3]);
pub const STR_SPLIT: (&str, &str) = "key=value".split_at(3);
pub const STR_CHECKED: Option<(&str, &str)> = "héllo".split_at_checked(2);
pub const COPIED: [u8; 4] = {
    let mut dst = [0u8; 4];
    dst.copy_from_slice(DATA.split_at(6).1);
    dst
};
