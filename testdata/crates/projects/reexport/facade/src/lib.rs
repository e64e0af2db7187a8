pub use rx_core::units::*;
pub use rx_core::{self as core_crate, Level, Pair, LIMITS};

pub mod prelude {
    pub use crate::Level as Lvl;
    pub use rx_core::Sized2;
}

pub const DOUBLE_METER: u32 = scale(2);
pub const LAST_LIMIT: u16 = LIMITS[LIMITS.len() - 1];
