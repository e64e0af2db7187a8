// Generic structs, trait bounds and impls; monomorphic consts next to them.
use std::fmt::Debug;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair<T> {
    pub a: T,
    pub b: T,
}

impl<T: Copy + PartialOrd> Pair<T> {
    pub fn larger(&self) -> T {
        if self.a > self.b { self.a } else { self.b }
    }
    pub fn swap(self) -> Pair<T> {
        Pair { a: self.b, b: self.a }
    }
}

pub trait Describe {
    fn describe(&self) -> String;
}

impl<T: Debug> Describe for Pair<T> {
    fn describe(&self) -> String {
        format!("({:?}, {:?})", self.a, self.b)
    }
}

pub fn largest<T: PartialOrd + Copy>(xs: &[T]) -> Option<T> {
    let mut it = xs.iter();
    let mut best = *it.next()?;
    for &x in it {
        if x > best {
            best = x;
        }
    }
    Some(best)
}

pub fn describe_all(items: &[&dyn Describe]) -> Vec<String> {
    items.iter().map(|d| d.describe()).collect()
}

pub const INT_PAIR: Pair<i32> = Pair { a: -3, b: 8 };
pub const CHAR_PAIR: Pair<char> = Pair { a: 'x', b: 'y' };
pub const NESTED_PAIR: Pair<Pair<u8>> = Pair { a: Pair { a: 1, b: 2 }, b: Pair { a: 3, b: 4 } };
pub const STR_PAIR: Pair<&str> = Pair { a: "left", b: "right" };
pub const OPT_PAIR: Pair<Option<bool>> = Pair { a: Some(true), b: None };

pub fn demo() -> (i32, char, Option<f64>, Vec<String>) {
    (
        INT_PAIR.larger(),
        CHAR_PAIR.swap().a,
        largest(&[1.5, -2.0, 9.25]),
        describe_all(&[&INT_PAIR, &STR_PAIR]),
    )
}
