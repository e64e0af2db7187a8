// Option methods usable in const code.
pub const SOME: Option<u32> = Some(10);
pub const NONE: Option<u32> = None;
pub const UNWRAP: u32 = SOME.unwrap();
pub const EXPECT: u32 = SOME.expect("has a value");
pub const IS_SOME: (bool, bool) = (SOME.is_some(), NONE.is_some());
pub const IS_NONE: (bool, bool) = (SOME.is_none(), NONE.is_none());
pub const UNWRAP_OR: (u32, u32) = (unwrap_or(SOME, 0), unwrap_or(NONE, 99));

// Option::unwrap_or is not a stable const fn; this is its const equivalent.
const fn unwrap_or(o: Option<u32>, d: u32) -> u32 {
    match o {
        Some(v) => v,
        None => d,
    }
}
pub const AS_REF: Option<&u32> = SOME.as_ref();
pub const UNWRAP_UNCHECKED: u16 = unsafe { Some(77u16).unwrap_unchecked() };

const fn sum_opts(xs: &[Option<u32>]) -> u32 {
    let mut s = 0;
    let mut i = 0;
    while i < xs.len() {
        s += unwrap_or(xs[i], 1000);
        i += 1;
    }
    s
}

pub const SUM_OPTS: u32 = sum_opts(&[Some(1), None, Some(2)]);

const fn take(o: &mut Option<u8>) -> Option<u8> {
    o.take()
}

const fn take_demo() -> (Option<u8>, Option<u8>) {
    let mut o = Some(42);
    let t = take(&mut o);
    (t, o)
}

pub const TAKE: (Option<u8>, Option<u8>) = take_demo();

const fn replace_demo() -> (Option<char>, Option<char>) {
    let mut o = Some('a');
    let old = o.replace('b');
    (old, o)
}

pub const REPLACE: (Option<char>, Option<char>) = replace_demo();
pub static STATIC_UNWRAP: &str = Some("inner").unwrap();

pub fn runtime_combinators(o: Option<u8>) -> (u8, Option<u8>, Result<u8, &'static str>) {
    let doubled = o.map(|v| v.wrapping_mul(2));
    (o.unwrap_or(0), doubled.or(Some(1)).xor(None), o.ok_or("missing"))
}
