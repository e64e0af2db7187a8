//! Items of every kind: modules, use trees, ADTs, traits, impls, externs.
#![allow(dead_code, unused_imports, unused_variables, clippy::all)]
#![warn(missing_debug_implementations)]

extern crate core;
extern crate alloc as my_alloc;
extern crate self as this_crate;

use std::collections::{self, HashMap, BTreeMap as Map};
use std::fmt::{self as fmt2, Debug, Display};
use std::{io::{self, Read as _}, ops::*};
use ::std::vec::Vec;
use self::shapes::Shape;
use crate::shapes::{Circle, Square};

pub mod shapes {
    use super::*;

    /// A shape with an area.
    pub trait Shape: Debug {
        const SIDES: u32;
        const NAME: &'static str = "shape";
        type Unit;
        fn area(&self) -> f64;
        fn describe(&self) -> String {
            format!("{} with {} sides", Self::NAME, Self::SIDES)
        }
    }

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Circle {
        pub radius: f64,
    }

    #[derive(Debug, Default)]
    pub struct Square(pub f64);

    impl Shape for Circle {
        const SIDES: u32 = 0;
        type Unit = f64;
        fn area(&self) -> f64 {
            std::f64::consts::PI * self.radius * self.radius
        }
    }

    impl Shape for Square {
        const SIDES: u32 = 4;
        const NAME: &'static str = "square";
        type Unit = ();
        fn area(&self) -> f64 {
            self.0 * self.0
        }
    }

    pub(crate) mod nested {
        pub(super) fn helper() -> u8 {
            1
        }
        pub(in crate::shapes) const LIMIT: usize = 3;
        pub(self) static COUNT: u32 = 0;
    }
}

pub struct Unit;
struct Pair<A, B = A>(A, B);
struct Wrapper<'a, T: ?Sized + 'a, const N: usize = 3>
where
    T: Debug,
{
    items: [&'a T; N],
    #[allow(unused)]
    pub(crate) tag: u8,
}

#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Color {
    Red = 1,
    Green = 2 + 1,
    Blue = 1 << 3,
}

pub enum Message<T> {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    Generic(T, Box<Message<T>>),
}

#[repr(C)]
pub union IntOrFloat {
    i: u32,
    f: f32,
}

type Result2<T, E = std::io::Error> = std::result::Result<T, E>;
pub type Callback = fn(u32) -> bool;
type Table<const N: usize> = [[u8; N]; N];

pub trait Container {
    type Item;
    type Iter<'a>: Iterator<Item = &'a Self::Item>
    where
        Self: 'a;
    fn items<'a>(&'a self) -> Self::Iter<'a>;
    fn first(&self) -> Option<&Self::Item> {
        self.items().next()
    }
}

pub unsafe trait Zeroable: Sized {}
unsafe impl Zeroable for u32 {}

pub trait Animal {
    fn name(&self) -> String;
    fn speak(&mut self, times: usize) -> Vec<String>;
    fn boxed(self: Box<Self>) -> Box<dyn Animal>;
    fn consume(mut self) -> Self
    where
        Self: Sized,
    {
        self
    }
    fn with_lifetime<'a>(&'a mut self, s: &'a str) -> &'a str {
        s
    }
    fn static_fn() -> u8
    where
        Self: Sized;
}

impl<T> Container for Vec<T> {
    type Item = T;
    type Iter<'a> = std::slice::Iter<'a, T> where T: 'a;
    fn items<'a>(&'a self) -> Self::Iter<'a> {
        self.iter()
    }
}

impl<A: Clone, B> Pair<A, B>
where
    B: Default + Clone,
{
    pub const fn new(a: A, b: B) -> Self {
        Pair(a, b)
    }
    pub fn swap(self) -> Pair<B, A> {
        Pair(self.1, self.0)
    }
}

impl Display for Color {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self)
    }
}

pub struct NotSend(*const u8);
impl Default for NotSend {
    fn default() -> Self {
        NotSend(std::ptr::null())
    }
}

extern "C" {
    fn abs(input: i32) -> i32;
    fn printf(fmt: *const u8, ...) -> i32;
    static errno: i32;
}

unsafe extern "C" {
    pub safe fn sqrt(x: f64) -> f64;
    pub unsafe fn strlen(p: *const u8) -> usize;
}

#[no_mangle]
pub extern "C" fn exported(x: u32) -> u32 {
    x + 1
}

pub const unsafe fn dangerous() -> u8 {
    0
}

pub async fn fetch(url: &str) -> usize {
    url.len()
}

pub async unsafe fn both() {}

const _: () = assert!(std::mem::size_of::<u32>() == 4);
pub const MAX: u32 = u32::MAX;
static GREETING: &str = "hello";
static mut COUNTER: u64 = 0;
pub static TABLE: [u8; 4] = [1, 2, 3, 4];

macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
    ($x:expr, $($rest:tt)*) => {{
        square!($x) + square!($($rest)*)
    }};
}

macro_rules! make_struct(
    ($name:ident) => { struct $name; }
);
make_struct!(Generated);

macro_rules! unit_list [ () => { () } ];

thread_local! {
    static LOCAL: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

pub fn uses_macros() -> u32 {
    let v = vec![1, 2, 3];
    let s: u32 = square!(3);
    assert!(s == 9, "square was {}", s);
    assert_eq!(v.len(), 3);
    debug_assert_ne!(v[0], 0);
    if v.is_empty() {
        panic!();
    }
    if matches!(v.as_slice(), [1, ..] | [2, ..]) {
        unreachable!("nope: {}", v[0]);
    }
    println!("{} {}", s, v.len());
    format!("{s:>8}").len() as u32 + s
}

pub fn never_returns() -> ! {
    loop {}
}

pub fn with_items_inside() -> i32 {
    use std::cmp::max;
    const LOCAL: i32 = 2;
    static LOCAL_S: i32 = 3;
    struct Local {
        x: i32,
    }
    enum E {
        A,
    }
    impl Local {
        fn get(&self) -> i32 {
            self.x
        }
    }
    fn helper(a: i32) -> i32 {
        a
    }
    let l = Local { x: 1 };
    max(l.get(), helper(LOCAL + LOCAL_S))
}

#[cfg(test)]
mod tests {
    #[test]
    fn it_works() {}
}
