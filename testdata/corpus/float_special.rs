// Special float values: signed zero, infinities, NaN, subnormals.
pub const NEG_ZERO: f64 = -0.0;
pub const POS_ZERO: f64 = 0.0;
pub const NEG_ZERO_PRODUCT: f64 = -1.0 * 0.0;
pub const INF: f64 = f64::INFINITY;
pub const NEG_INF: f64 = f64::NEG_INFINITY;
pub const DIV_INF: f64 = 1.0 / 0.0;
pub const DIV_NEG_INF: f64 = -1.0 / 0.0;
pub const NAN: f64 = f64::NAN;
pub const ZERO_DIV_ZERO: f64 = 0.0 / 0.0;
pub const INF_MINUS_INF: f64 = f64::INFINITY - f64::INFINITY;
pub const SUBNORMAL: f64 = 5e-324;
pub const SUBNORMAL_HALF: f64 = f64::MIN_POSITIVE / 2.0;
pub const UNDERFLOW: f64 = 5e-324 / 2.0;
pub const OVERFLOW: f64 = f64::MAX * 2.0;
pub const F32_INF: f32 = f32::INFINITY;
pub const F32_NAN: f32 = f32::NAN;
pub const F32_SUBNORMAL: f32 = 1e-45;
pub const F32_NEG_ZERO: f32 = -0.0;
pub const F32_OVERFLOW: f32 = f32::MAX + f32::MAX;
pub const SPECIALS: [f64; 4] = [f64::INFINITY, -0.0, 1e-310, f64::NEG_INFINITY];
pub const IS_NAN: bool = f64::NAN.is_nan();
pub const IS_INF: bool = (1.0f64 / 0.0).is_infinite();
pub const IS_FINITE: bool = 1e308f64.is_finite();
pub const SIGN_NEG_ZERO: bool = (-0.0f64).is_sign_negative();
pub const NEG_ZERO_BITS: u64 = (-0.0f64).to_bits();
pub const NAN_BITS: u32 = f32::NAN.to_bits();
pub const INF_BITS: u64 = f64::INFINITY.to_bits();

const fn classify(x: f64) -> u8 {
    if x != x {
        0
    } else if x == f64::INFINITY || x == f64::NEG_INFINITY {
        1
    } else if x == 0.0 {
        2
    } else {
        3
    }
}

pub const CLASSES: [u8; 4] = [classify(f64::NAN), classify(-f64::INFINITY), classify(-0.0), classify(2.5)];
pub static NEG_NAN: f64 = -f64::NAN;
