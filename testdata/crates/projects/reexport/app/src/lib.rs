use facade::prelude::{Lvl, Sized2};
use facade::{core_crate, Pair};

pub const LEVEL: Lvl = Lvl::DEFAULT;
pub const WEIGHT: u32 = Lvl::High.weight() + LEVEL.weight();
pub const AS_INT: i32 = facade::Level::High as i32;
pub const BYTES: usize = <u32 as Sized2>::BYTES * 2;
pub const PAIR: Pair<u8> = Pair::new(3, 4);
pub const SUM: u8 = PAIR.a + PAIR.b;
pub const METERS: u32 = facade::METER;
pub const SCALED: u32 = core_crate::units::scale(3);
pub const GREETING_LEN: usize = core_crate::GREETING.len();
pub static TABLE: [u32; 3] = [facade::DOUBLE_METER, METERS, facade::LAST_LIMIT as u32];
pub const IS_MID: bool = matches!(LEVEL, facade::Level::Mid);
