//! Units whose values depend on features and on the target.
#![no_std]

use core::u32;

#[cfg(feature = "metric")]
pub const LENGTH_NAME: &str = "metre";
#[cfg(not(feature = "metric"))]
pub const LENGTH_NAME: &str = "foot";

#[cfg(feature = "imperial")]
pub const INCH_MICRONS: u32 = 25_400;
#[cfg(not(feature = "imperial"))]
pub const INCH_MICRONS: u32 = u32::MAX;

#[cfg(target_pointer_width = "64")]
pub type Word = u64;
#[cfg(not(target_pointer_width = "64"))]
pub type Word = u32;

pub const WORD_BITS: u32 = Word::BITS;
pub const WORD_MAX: Word = Word::MAX;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum System {
    #[cfg(feature = "metric")]
    Metric,
    #[cfg(feature = "imperial")]
    Imperial,
    Natural,
}

pub const SYSTEMS: &[System] = &[
    #[cfg(feature = "metric")]
    System::Metric,
    #[cfg(feature = "imperial")]
    System::Imperial,
    System::Natural,
];

pub const fn scale(system: System) -> u32 {
    match system {
        #[cfg(feature = "metric")]
        System::Metric => 1_000,
        #[cfg(feature = "imperial")]
        System::Imperial => 12,
        System::Natural => 1,
    }
}

#[macro_export]
macro_rules! microns {
    ($n:expr, inch) => {
        $n * $crate::INCH_MICRONS
    };
    ($n:expr, mm) => {
        $n * 1_000
    };
}

pub struct Limits {
    pub lo: u32,
    pub hi: u32,
}

impl Limits {
    pub const SPAN: u32 = Self::DEFAULT.hi - Self::DEFAULT.lo;
    pub const DEFAULT: Limits = Limits { lo: 10, hi: if cfg!(target_os = "linux") { 90 } else { 50 } };
}
