// f32 and f64 in a physics table: arithmetic, comparisons, casts to and
// from integers (saturating, NaN to 0), negation, abs, to_bits/from_bits,
// min/max, special values.

const G: f64 = 9.80665;

const fn fall_distance(t: f64) -> f64 {
    0.5 * G * t * t
}

const fn fall_table() -> [f64; 5] {
    let mut out = [0.0; 5];
    let mut i = 0;
    while i < 5 {
        out[i] = fall_distance(i as f64 * 0.5);
        i += 1;
    }
    out
}

const fn celsius_to_f(c: f32) -> f32 {
    c * 9.0 / 5.0 + 32.0
}

const fn lerp(a: f32, b: f32, t: f32) -> f32 {
    a + (b - a) * t
}

// Newton's method for the square root.
const fn sqrt(x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    let mut g = x;
    let mut i = 0;
    while i < 30 {
        g = 0.5 * (g + x / g);
        i += 1;
    }
    g
}

const fn clamp01(x: f32) -> f32 {
    if x < 0.0 {
        0.0
    } else if x > 1.0 {
        1.0
    } else {
        x
    }
}

pub const FALL: [f64; 5] = fall_table();
pub const TEMPS: [f32; 4] = [celsius_to_f(-40.0), celsius_to_f(0.0), celsius_to_f(37.0), celsius_to_f(100.0)];
pub const LERPS: [f32; 3] = [lerp(0.0, 10.0, 0.25), lerp(-1.0, 1.0, 0.5), lerp(3.0, 3.0, 0.9)];
pub const SQRT2: f64 = sqrt(2.0);
pub const SQRT_NEG: f64 = sqrt(-4.0);
pub const CLAMPED: [f32; 3] = [clamp01(-0.5), clamp01(0.3), clamp01(7.0)];
pub const TO_INT: [i32; 6] = [2.9f64 as i32, -2.9f64 as i32, 1e20f64 as i32, -1e20 as i32, f64::NAN as i32, f32::INFINITY as i32];
pub const TO_U8: [u8; 3] = [300.0f32 as u8, -5.0f32 as u8, 127.5f32 as u8];
pub const FROM_INT: (f32, f64, f32) = (16_777_217i32 as f32, u64::MAX as f64, -3i8 as f32);
pub const WIDEN: f64 = 0.1f32 as f64;
pub const NARROW: f32 = 0.1f64 as f32;
pub const BITS: (u32, u64) = (1.0f32.to_bits(), (-2.5f64).to_bits());
pub const FROM_BITS: f32 = f32::from_bits(0x4049_0FDB);
pub const SPECIAL: [f64; 5] = [f64::INFINITY, f64::NEG_INFINITY, -0.0, f64::MIN_POSITIVE, f64::EPSILON];
pub const NAN_CMP: [bool; 3] = [f64::NAN == f64::NAN, f64::NAN < 1.0, 1.0 / 0.0 > f64::MAX];
pub const ABS_NEG: (f64, f32) = ((-3.5f64).abs(), -(1.25f32));
pub const MIN_MAX: (f64, f32) = (f64::max(1.5, -2.0), f32::min(0.5, 0.25));
pub const THIRD: f32 = 1.0 / 3.0;
pub const TENTH_SUM: f64 = 0.1 + 0.2;
pub const TINY: f64 = 1e-7;
pub const HUGE: f32 = 3.0e38 * 10.0;
pub const REM: (f64, f32) = (7.5 % 2.0, -7.5 % 2.0);
