// A small configuration crate laid out in modules: `use` with groups,
// renames and globs, `super::` and `crate::` paths, items used before
// their declaration.

pub mod units {
    pub const KIB: usize = 1024;
    pub const MIB: usize = KIB * KIB;
    pub const GIB: usize = MIB * KIB;

    pub const fn kib(n: usize) -> usize {
        n * KIB
    }

    pub mod time {
        pub const MS_PER_SEC: u64 = 1000;
        pub const SECS_PER_MIN: u64 = 60;
        pub const MS_PER_MIN: u64 = MS_PER_SEC * SECS_PER_MIN;
        pub const fn minutes(n: u64) -> u64 {
            n * MS_PER_MIN
        }
        // Reaches two levels up for the size units.
        pub const PAGE_BYTES: usize = super::kib(4);
        pub const FROM_ROOT: u32 = crate::VERSION.0 as u32 * 100;
    }
}

pub mod limits {
    use super::units::{self, time::minutes, MIB as MEGA};
    use crate::units::time::*;

    pub const MAX_BODY: usize = 8 * MEGA;
    pub const MAX_HEADER: usize = units::kib(16);
    pub const IDLE_TIMEOUT_MS: u64 = minutes(5);
    pub const CONNECT_TIMEOUT_MS: u64 = 30 * MS_PER_SEC;
    pub const PAGES_PER_BODY: usize = MAX_BODY / PAGE_BYTES;

    pub mod nested {
        use super::super::units::GIB;
        pub const DISK_QUOTA: usize = 2 * GIB + super::MAX_BODY;
        pub const DOUBLE_IDLE: u64 = super::IDLE_TIMEOUT_MS * 2;
    }
}

use limits::nested::{DISK_QUOTA, DOUBLE_IDLE};
use units::time as t;

pub const VERSION: (u8, u8, u8) = (2, 7, LATE_PATCH);
// Declared after its first use.
pub const LATE_PATCH: u8 = 13;

pub const QUOTA: usize = DISK_QUOTA;
pub const IDLE2: u64 = DOUBLE_IDLE;
pub const MINUTE: u64 = t::MS_PER_MIN;
pub const T_FROM_ROOT: u32 = t::FROM_ROOT;
pub const SUMMARY: [usize; 3] = [limits::MAX_BODY, limits::MAX_HEADER, limits::PAGES_PER_BODY];

pub mod report {
    use crate::limits;

    #[derive(Debug)]
    pub struct Limits {
        pub body: usize,
        pub header: usize,
        pub idle_ms: u64,
    }

    pub const fn current() -> Limits {
        Limits {
            body: limits::MAX_BODY,
            header: limits::MAX_HEADER,
            idle_ms: limits::IDLE_TIMEOUT_MS,
        }
    }

    pub const CURRENT: Limits = current();
    pub static CURRENT_STATIC: Limits = self::current();
}

pub const HEADER_FROM_REPORT: usize = report::CURRENT.header;
