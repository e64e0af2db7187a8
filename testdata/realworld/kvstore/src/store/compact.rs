//! Compaction policy.

use super::Segment;
use crate::COMPACT_DEAD_RATIO;

pub const MIN_RECORDS_TO_COMPACT: usize = 16;
pub const DEAD_PERCENT: u32 = (COMPACT_DEAD_RATIO * 100.0) as u32;

pub fn should_compact(s: &Segment) -> bool {
    let total = s.live + s.dead;
    total >= MIN_RECORDS_TO_COMPACT && s.dead as f64 / total as f64 >= COMPACT_DEAD_RATIO
}
