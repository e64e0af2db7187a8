// Building slices from raw parts and splitting them.
use std::slice;

pub const DATA: [u32; 6] = [1, 2, 3, 4, 5, 6];

const fn middle(xs: &[u32; 6]) -> &[u32] {
    unsafe { slice::from_raw_parts(xs.as_ptr().add(1), 4) }
}

pub const MIDDLE: &[u32] = middle(&DATA);
pub const MIDDLE_LEN: usize = MIDDLE.len();

const fn tail(xs: &[u8]) -> &[u8] {
    if xs.is_empty() {
        xs
    } else {
        unsafe { slice::from_raw_parts(xs.as_ptr().add(1), xs.len() - 1) }
    }
}

pub const TAIL: &[u8] = tail(b"abcdef");
pub const TAIL_EMPTY: &[u8] = tail(b"");

const fn as_str(b: &[u8]) -> &str {
    match std::str::from_utf8(b) {
        Ok(s) => s,
        Err(_) => "<invalid>",
    }
}

pub const AS_STR: &str = as_str(TAIL);

const fn halves(xs: &[i16]) -> (&[i16], &[i16]) {
    let mid = xs.len() / 2;
    unsafe {
        (
            slice::from_raw_parts(xs.as_ptr(), mid),
            slice::from_raw_parts(xs.as_ptr().add(mid), xs.len() - mid),
        )
    }
}

pub const HALVES: (&[i16], &[i16]) = halves(&[-1, -2, -3, -4, -5]);

const fn from_ref_slice(x: &u64) -> &[u64] {
    slice::from_ref(x)
}

pub const ONE: &[u64] = from_ref_slice(&99);
pub const SPLIT_FIRST: Option<(&u32, &[u32])> = DATA.split_first();
pub const SPLIT_LAST: Option<(&u32, &[u32])> = [7u32].split_last();
pub static STATIC_MIDDLE: &[u32] = middle(&DATA);
