//! Macros of its own (textual scope, nested repetitions, item and
//! expression position) and a dependency's exported macros.

use tables::{scaled, table};

pub const A: [u32; 4] = scaled![1, 2 + 3, 4, 5,];
pub const N: usize = tables::count!(a b c d e);
pub const D: u32 = tables::double!(20 + 1) + 1;
table!(PAIRS: u16 = { 1 => 10, 2 => 20, 3 => 2 * 15 });

macro_rules! bits {
    ($($bit:ident = $n:expr;)*) => {
        $(pub const $bit: u8 = 1 << $n;)*
        pub const ALL: u8 = 0 $(| $bit)*;
    };
}

bits! {
    READ = 0;
    WRITE = 1;
    EXEC = 2;
}

macro_rules! sum {
    () => { 0 };
    ($x:expr $(, $rest:expr)*) => { $x + sum!($($rest),*) };
}

macro_rules! matrix {
    ($([$($x:expr),*]),*) => { [$([$($x * 2),*]),*] };
}

pub const M: [[i32; 3]; 2] = matrix!([1, 2, 3], [4, 5, -6]);
pub const PREC: i32 = sum!(1, 2 * 3, -4) * 2;

#[macro_use]
mod defs {
    macro_rules! byte_class {
        ($($flag:expr,)*) => ([$($flag != 0,)*])
    }
    pub const INNER: i64 = sum!(10, 20) as i64;
}

pub static CLASS: [bool; 8] = byte_class![0, 1, 1, 0, 0, 0, 1, 0,];

pub mod later {
    pub const LEN: usize = [0u8; sum!(2, 3)].len();
    pub static BYTES: [u8; sum!(1, 1, 1)] = [sum!(), sum!(7), sum!(1, 2)];
}

macro_rules! opt_neg {
    ($x:literal $(, $neg:tt)?) => { $($neg)? $x };
}

pub const POS: i32 = opt_neg!(5);
pub const NEG: i32 = opt_neg!(5, -);

pub const fn area(w: u32, h: u32) -> u32 {
    macro_rules! mul {
        ($a:expr, $b:expr) => {
            $a * $b
        };
    }
    mul!(w, h)
}

pub const AREA: u32 = area(3, 4 + 1);

// Hygiene: the macro's own `x` and `v` are not the caller's.
macro_rules! twice_plus {
    ($e:expr) => {{
        let x = 2;
        x * $e
    }};
}

pub const fn scaled_by(x: i32) -> i32 {
    twice_plus!(x)
}

pub const HYG: i32 = scaled_by(5);

macro_rules! square {
    ($e:expr) => {{
        let v = $e;
        v * v
    }};
}

pub const SHADOW: i32 = {
    let v = 3;
    square!(v + 1) + v
};

// Associated consts a macro makes in an impl block.
#[derive(Debug)]
pub struct Perm(pub u8);

macro_rules! perm_consts {
    ($($name:ident = $v:expr),* $(,)?) => {
        $(pub const $name: Perm = Perm($v);)*
    };
}

impl Perm {
    perm_consts!(R = READ, W = WRITE, RW = READ | WRITE,);
}

pub const RW_BITS: u8 = Perm::RW.0;

// A macro in statement position that expands to several statements.
macro_rules! bump {
    ($v:ident, $($n:expr),*) => { $($v += $n;)* };
}

pub const fn total() -> u32 {
    let mut t = 0;
    bump!(t, 1, 2, 3 * 4);
    t
}

pub const TOTAL: u32 = total();
