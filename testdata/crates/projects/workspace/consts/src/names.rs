//! Names real crates use: modules of core named like primitive types,
//! `Self` in a field's array length.
use core::{f64, str, usize};

#[derive(Debug)]
pub struct Buf {
    pub data: [u8; Self::SIZE],
}

impl Buf {
    pub const SIZE: usize = 16;
}

pub const BUF_BYTES: usize = core::mem::size_of::<Buf>();
pub const MAX: usize = usize::MAX;
pub const TAU: f64 = f64::consts::PI * 2.0;
pub const WORD: &str = "word";
pub const WORD_LEN: usize = WORD.len();
