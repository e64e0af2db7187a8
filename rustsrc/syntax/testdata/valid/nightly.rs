// check: +nightly --edition 2021
// Unstable syntax that rustc's parser accepts: negative impls, auto traits,
// box patterns, specialization, trait aliases, try blocks, macros 2.0,
// default field values, coroutines, tail calls.
#![feature(negative_impls, auto_traits, box_patterns, specialization, trait_alias)]
#![feature(try_blocks, decl_macro, never_type, default_field_values)]
#![feature(coroutines, explicit_tail_calls, stmt_expr_attributes)]
#![allow(incomplete_features, unused)]

pub struct NotSync(u8);
impl !Sync for NotSync {}

pub auto trait Plain {}
impl !Plain for String {}

pub trait Describe {
    fn describe(&self) -> &'static str;
}
impl<T> Describe for T {
    default fn describe(&self) -> &'static str {
        "generic"
    }
}
impl Describe for u8 {
    fn describe(&self) -> &'static str {
        "u8"
    }
}

pub trait Number = Copy + std::ops::Add<Output = Self>;

pub fn boxed(b: Box<Option<u8>>) -> u8 {
    match b {
        box Some(n) => n,
        box None => 0,
    }
}

pub fn tried(s: &str) -> Option<u32> {
    let r: Option<u32> = try { s.len().checked_mul(2)? as u32 };
    r
}

pub macro twice($e:expr) {
    $e * 2
}

pub fn uses_twice() -> u32 {
    twice!(3)
}

pub fn never() -> ! {
    panic!()
}

pub struct Config {
    pub retries: u32 = 3,
    pub name: &'static str = "x",
}

pub fn config() -> Config {
    Config { .. }
}

pub fn coroutine() {
    let c = #[coroutine]
    || {
        yield 1u32;
        yield 2u32;
    };
}

pub fn tail(n: u32) -> u32 {
    if n == 0 {
        return 0;
    }
    become tail(n - 1)
}
