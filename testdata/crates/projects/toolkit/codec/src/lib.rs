//! Consts built from a path dependency (with a feature turned on), a
//! renamed registry dependency and plain registry dependencies.

use std::borrow::Cow;
use units::{microns, System};

pub const INCH: u32 = microns!(1, inch);
pub const FOOT: u32 = microns!(12, inch);
pub const MM: u32 = microns!(3, mm);
pub const SYSTEMS: usize = units::SYSTEMS.len();
pub const IMPERIAL_SCALE: u32 = units::scale(System::Imperial);
pub const NAME: &str = units::LENGTH_NAME;
pub const SPAN: u32 = units::Limits::SPAN;
pub const WORD: units::Word = units::WORD_MAX / 2;

pub const PAGE: u64 = 4 * bytesize::KB;
pub const HUGE_PAGE: u64 = 2 * bytesize::MB / bytesize::KB;

pub const HALF_BITS: u16 = half::f16::MAX.to_bits();
pub const HALF_ONE: u16 = half::f16::ONE.to_bits();

pub const HEX: enc::Encoding = enc::HEXUPPER;
pub const LABEL: Cow<'static, str> = Cow::Borrowed(NAME);
pub const NO_LABELS: Vec<Cow<'static, str>> = Vec::new();

#[cfg(target_endian = "little")]
pub const MAGIC: [u8; 4] = 0x1234_5678u32.to_ne_bytes();
#[cfg(target_endian = "big")]
pub const MAGIC: [u8; 4] = [0; 4];

pub const OVERFLOW_FREE: u32 = units::INCH_MICRONS * 100;
