#![no_std]

pub mod units;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Low = 1,
    Mid = 5,
    High = 10,
}

impl Level {
    pub const DEFAULT: Level = Level::Mid;
    pub const fn weight(self) -> u32 {
        match self {
            Level::Low => 1,
            Level::Mid => 4,
            Level::High => 9,
        }
    }
}

pub trait Sized2 {
    const BYTES: usize;
}

impl Sized2 for u32 {
    const BYTES: usize = 4;
}

#[derive(Debug, Clone, Copy)]
pub struct Pair<T> {
    pub a: T,
    pub b: T,
}

impl<T: Copy> Pair<T> {
    pub const fn new(a: T, b: T) -> Self {
        Pair { a, b }
    }
}

pub static GREETING: &str = "hello";
pub const LIMITS: [u16; 4] = [1, 10, 100, 1000];
