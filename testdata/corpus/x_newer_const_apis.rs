// Recently const-stabilized APIs: black_box, unbounded shifts, is_multiple_of, cast_signed,
// float rounding, clamp, mul_add, slice reverse.
use core::hint::black_box;

pub const BOXED: u32 = black_box(3) + 4;
pub const BOXED_REF: &[u8] = black_box(b"opaque");
pub const UNBOUNDED: (u32, u32, i8) = (3u32.unbounded_shl(40), 0x8000_0000u32.unbounded_shr(31), (-128i8).unbounded_shr(9));
pub const MULTIPLE: (bool, bool, bool) = (10u32.is_multiple_of(5), 10u32.is_multiple_of(0), 0u32.is_multiple_of(0));
pub const CAST: (i32, u8, i64) = (u32::MAX.cast_signed(), (-1i8).cast_unsigned(), u64::MAX.cast_signed());
pub const CLAMPED: (f64, f64, f32) = (2.5f64.clamp(0.0, 1.0), (-3.0f64).clamp(-1.0, 1.0), 0.25f32.clamp(0.0, 1.0));
pub const FLOORS: [f64; 4] = [2.7f64.floor(), (-2.7f64).floor(), 2.2f64.ceil(), (-2.2f64).ceil()];
pub const ROUNDS: [f64; 5] = [2.5f64.round(), (-2.5f64).round(), 2.5f64.round_ties_even(), 3.5f64.round_ties_even(), (-0.4f64).round()];
pub const TRUNCS: (f32, f32, f32) = (7.9f32.trunc(), (-7.9f32).trunc(), (-7.25f32).fract());
pub const MUL_ADD: (f32, f64) = (2.0f32.mul_add(3.0, 1.0), 0.1f64.mul_add(10.0, -1.0));
pub const SIGNUM: (f64, f64, f32) = (0.0f64.signum(), (-0.0f64).signum(), f32::NAN.signum());
pub const REVERSED: [u8; 5] = {
    let mut a = [1, 2, 3, 4, 5];
    a.reverse();
    a
};
pub const ROTATED: [u8; 5] = {
    let mut a = [1, 2, 3, 4, 5];
    a.rotate_left(2);
    a
};

pub const fn lerp(a: f64, b: f64, t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    a.mul_add(1.0 - t, b * t)
}

pub const fn round_to(x: f64, places: i32) -> f64 {
    let mut scale = 1.0;
    let mut i = 0;
    while i < places {
        scale *= 10.0;
        i += 1;
    }
    (x * scale).round() / scale
}

pub const LERPS: [f64; 3] = [lerp(0.0, 10.0, 0.25), lerp(-1.0, 1.0, 2.0), lerp(5.0, 5.0, 0.5)];
pub const ROUNDED: [f64; 3] = [round_to(3.14159, 2), round_to(2.675, 2), round_to(-1.005, 1)];
pub const FLOAT_MAXIMUM: (f64, f64) = (1.0f64.max(-0.0), (-0.0f64).min(0.0));
pub const ABS_SUB: f32 = (1.5f32 - 4.0).abs();
