// Item shapes for the golden dump.
#![allow(unused)]

use std::{fmt::{self, Debug as D}, ops::*};

pub(crate) struct P<'a, T: Clone + 'a, const N: usize = 2>
where
    T: D,
{
    pub x: &'a [T; N],
    y: Option<fn(u8) -> u8>,
}

struct Tup(pub u8, i16);

#[repr(u8)]
#[derive(Debug)]
enum E<T> {
    A,
    B(T),
    C { f: u8 } = 3,
}

pub trait Tr<Rhs = Self>: Sized + D {
    type Out: Clone;
    const K: usize = 1;
    fn f(&self, r: Rhs) -> Self::Out;
    fn g<'a>(&'a mut self) {}
}

impl<T: Clone + D> Tr for E<T> {
    type Out = ();
    fn f(&self, _r: Self) -> Self::Out {}
}

impl<T> E<T> {
    const fn new() -> Self {
        E::A
    }
}

const C: u32 = 1 + 2 * 3;
static mut S: [u8; 2] = [0; 2];
type Alias<T> = Result<T, ()>;

mod m {
    pub fn f(mut self_: u8, (a, b): (u8, u8)) -> u8 {
        self_ += a;
        self_ + b
    }
}

extern "C" {
    fn ext(x: i32, ...) -> i32;
}

macro_rules! m {
    ($e:expr) => { $e };
}

impl fmt::Display for Tup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}
