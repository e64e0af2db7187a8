#[cfg(feature = "metric")]
pub const METER: u32 = 1000;
#[cfg(not(feature = "metric"))]
pub const METER: u32 = 3281;

pub const fn scale(n: u32) -> u32 {
    n * METER
}
