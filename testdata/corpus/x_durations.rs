// core::time::Duration in consts: constructors, arithmetic, conversions, checked ops.
use core::time::Duration;

pub const TICK: Duration = Duration::from_millis(16);
pub const SECOND: Duration = Duration::from_secs(1);
pub const FRAME_NS: u128 = TICK.as_nanos();
pub const MIXED: Duration = Duration::new(2, 1_500_000_000);
pub const MIXED_PARTS: (u64, u32, u32, u128) = (MIXED.as_secs(), MIXED.subsec_nanos(), MIXED.subsec_millis(), MIXED.as_micros());
pub const SUM: Option<Duration> = SECOND.checked_add(TICK);
pub const DIFF: Option<Duration> = TICK.checked_sub(SECOND);
pub const SAT: Duration = TICK.saturating_sub(SECOND);
pub const OVER: Option<Duration> = Duration::MAX.checked_add(Duration::from_nanos(1));
pub const SCALED: Option<Duration> = TICK.checked_mul(60);
pub const DIVIDED: Option<Duration> = SECOND.checked_div(3);
pub const IS_ZERO: (bool, bool) = (Duration::ZERO.is_zero(), TICK.is_zero());
pub const AS_F64: f64 = MIXED.as_secs_f64();
pub const AS_F32: f32 = TICK.as_secs_f32();
pub const FROM_MICROS: Duration = Duration::from_micros(1_234_567);
pub const CONSTS: (Duration, Duration) = (Duration::ZERO, Duration::from_nanos(999));
pub const MAX_SECS: u64 = Duration::MAX.as_secs();
pub const FROM_MINS: Duration = Duration::from_mins(90);
pub const ABS_DIFF: Duration = TICK.abs_diff(SECOND);

pub const fn fps(frame: Duration) -> u32 {
    (SECOND.as_nanos() / frame.as_nanos()) as u32
}

pub const fn total(ds: &[Duration]) -> Duration {
    let mut t = Duration::ZERO;
    let mut i = 0;
    while i < ds.len() {
        t = match t.checked_add(ds[i]) {
            Some(x) => x,
            None => return Duration::MAX,
        };
        i += 1;
    }
    t
}

pub const FPS: u32 = fps(TICK);
pub const TOTAL: Duration = total(&[TICK, SECOND, MIXED, FROM_MICROS]);
pub const TOTAL_SAT: Duration = total(&[Duration::MAX, SECOND]);
pub const TIMEOUTS: [Duration; 3] = [Duration::from_millis(250), Duration::from_secs(5), Duration::from_secs(60 * 60)];
pub const LONGEST_MS: u128 = TIMEOUTS[2].as_millis();
pub const CMP: bool = TIMEOUTS[0].as_nanos() < SECOND.as_nanos();
