#!/usr/bin/env rust-script
//! Lexical forms: literals, raw strings, doc comments, nested comments,
//! raw identifiers, non-ASCII identifiers, lifetimes and punctuation.
#![allow(unused, non_snake_case, clippy::all, uncommon_codepoints, mixed_script_confusables)]

/* A block comment /* with a nested one */ still inside */

/// Outer doc comment on a const.
/** Outer block doc comment. */
pub const DOCUMENTED: u8 = 1;

//// Four slashes: an ordinary comment.
/*** Three stars: an ordinary comment. */
/**/
pub mod inner_docs {
    //! Inner doc comment of a module.
    /*! Inner block doc comment. */
    pub const X: u8 = 0;
}

pub const INTS: [u64; 10] = [
    0,
    1_000_000,
    0xdead_beef,
    0xFF as u64,
    0o777,
    0b1010_1010,
    1u64,
    2_u64,
    0x1f_u8 as u64,
    u64::MAX,
];
pub const SIGNED: [i128; 4] = [-1i128, 170141183460469231731687303715884105727, 0x7fi128, -0b1];
pub const FLOATS: [f64; 8] = [1., 1.0, 1e10, 1E-3, 2.5e+2, 1_2.3_4, 3f64, 0.1f64];
pub const F32S: [f32; 2] = [2.5f32, 1e3_f32];
pub const CHARS: [char; 10] = ['a', '\'', '"', '\\', '\n', '\t', '\0', '\x7f', '\u{1F600}', 'é'];
pub const BYTES: [u8; 6] = [b'a', b'\'', b'\\', b'\x00', b'\xff', b'\n'];
pub const STRS: [&str; 6] = [
    "plain",
    "escapes: \" \\ \n \r \t \0 \x41 \u{263A}",
    "multi
line",
    "continued \
     line",
    r"raw \n string",
    r#"raw with "quotes" and # inside"#,
];
pub const RAW2: &str = r##"a "# b"##;
pub const BSTR: &[u8] = b"bytes \x00 \xff \n";
pub const RAW_BSTR: &[u8] = br"raw\bytes";
pub const RAW_BSTR2: &[u8; 5] = br#"a"b"c"#;
pub const CSTR: &std::ffi::CStr = c"C string";
pub const RAW_CSTR: &std::ffi::CStr = cr"raw C string";
pub const RAW_CSTR2: &std::ffi::CStr = cr#"raw "C" string"#;

pub fn r#match(r#type: u8, r#fn: u8) -> u8 {
    let r#let = r#type + r#fn;
    r#let
}

pub struct Ünïcödé {
    größe: u32,
    名前: &'static str,
}

pub fn idents() -> u32 {
    let café = 1;
    let _x = 2;
    let __ = 3;
    let v = Ünïcödé { größe: 4, 名前: "n" };
    café + _x + __ + v.größe
}

pub fn lifetimes<'a, 'b: 'a, '_x>(x: &'a str, y: &'b str) -> &'a str {
    let c = 'c';
    let s: &'static str = "s";
    'label: loop {
        break 'label;
    }
    if x.len() > y.len() { x } else { y }
}

pub fn tuple_fields() -> u32 {
    let t = ((1u32, 2u32), (3u32, (4u32, 5u32)));
    let a = t.0.1;
    let b = t.1.1.0;
    let c = t.1 .0;
    let d = (t.0).0;
    a + b + c + d
}

pub fn punctuation(mut a: i32, b: i32) -> i32 {
    a += b;
    a -= 1;
    a *= 2;
    a /= 2;
    a %= 100;
    a ^= 0b11;
    a &= 0xff;
    a |= 1;
    a <<= 2;
    a >>= 1;
    let c = a == b || a != b && a < b || a > b || a <= b && a >= b;
    let r = 1..=2;
    let f: fn() -> () = || ();
    let m = match a { _ => 0 };
    let p = &&a;
    let q = -a + !b;
    (a << 1 >> 1) + m + **p + q
}
