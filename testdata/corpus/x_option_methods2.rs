// Option methods that are const on stable: is_some/is_none, unwrap, expect, as_ref, copied, take.
pub const SOME: Option<u32> = Some(41);
pub const NONE: Option<u32> = None;

pub const IS: (bool, bool, bool, bool) = (SOME.is_some(), SOME.is_none(), NONE.is_some(), NONE.is_none());
pub const UNWRAPPED: u32 = SOME.unwrap() + 1;
pub const EXPECTED: u32 = SOME.expect("configured");
pub const AS_REF: Option<&u32> = SOME.as_ref();
pub const COPIED: Option<u32> = SOME.as_ref().copied();
pub const UNWRAP_UNCHECKED: u32 = unsafe { SOME.unwrap_unchecked() };

pub const fn unwrap_or(o: Option<u32>, d: u32) -> u32 {
    match o {
        Some(v) => v,
        None => d,
    }
}

pub const fn checked_chain(a: u32, b: u32, c: u32) -> Option<u32> {
    match a.checked_mul(b) {
        Some(ab) => ab.checked_add(c),
        None => None,
    }
}

pub const fn first_even(xs: &[u32]) -> Option<usize> {
    let mut i = 0;
    while i < xs.len() {
        if xs[i] % 2 == 0 {
            return Some(i);
        }
        i += 1;
    }
    None
}

pub const TAKEN: (Option<u8>, Option<u8>) = {
    let mut o = Some(3u8);
    let t = o.take();
    (t, o)
};
pub const REPLACED: (Option<u8>, Option<u8>) = {
    let mut o = Some(3u8);
    let old = o.replace(9);
    (old, o)
};
pub const AS_MUT: Option<i8> = {
    let mut o = Some(-4i8);
    if let Some(x) = o.as_mut() {
        *x *= 2;
    }
    o
};
pub const OR_DEFAULTS: [u32; 2] = [unwrap_or(SOME, 7), unwrap_or(NONE, 7)];
pub const CHAIN_OK: Option<u32> = checked_chain(1000, 1000, 5);
pub const CHAIN_OVERFLOW: Option<u32> = checked_chain(70_000, 70_000, 0);
pub const CHAIN_ADD_OVERFLOW: Option<u32> = checked_chain(2, u32::MAX / 2, 2);
pub const EVEN: Option<usize> = first_even(&[3, 5, 8, 10]);
pub const NO_EVEN: Option<usize> = first_even(&[1, 3]);
pub const NESTED: Option<Option<u32>> = Some(NONE);
pub const FLATTENED: Option<u32> = Some(SOME).flatten();
pub const OK_FROM_OPT: bool = matches!(NESTED, Some(None));
pub const RESULT_AS_REF: Result<&u32, &&str> = {
    let r: &Result<u32, &str> = &Ok(3);
    r.as_ref()
};
pub const RESULT_COPIED: Option<u32> = match Ok::<&u32, ()>(&8).copied() {
    Ok(v) => Some(v),
    Err(()) => None,
};
pub const RESULT_IS: (bool, bool) = (Ok::<u8, ()>(1).is_ok(), Err::<u8, ()>(()).is_err());
pub const RESULT_UNWRAP: u8 = match Ok::<u8, u8>(5) {
    Ok(v) => v,
    Err(e) => e,
};
