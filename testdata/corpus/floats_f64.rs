// f64 arithmetic and how Debug prints the results.
pub const SUM: f64 = 0.1 + 0.2;
pub const ONE_THIRD: f64 = 1.0 / 3.0;
pub const TWO_THIRDS: f64 = 2.0 / 3.0;
pub const SMALL: f64 = 1e-7;
pub const SMALLER: f64 = 1.5e-10;
pub const BIG: f64 = 1e16;
pub const BIG_MINUS: f64 = 1e15;
pub const HUGE: f64 = 1.7976931348623157e308;
pub const MAX: f64 = f64::MAX;
pub const MIN: f64 = f64::MIN;
pub const MIN_POSITIVE: f64 = f64::MIN_POSITIVE;
pub const EPSILON: f64 = f64::EPSILON;
pub const PI: f64 = std::f64::consts::PI;
pub const E: f64 = std::f64::consts::E;
pub const WHOLE: f64 = 3.0;
pub const NEG_WHOLE: f64 = -42.0;
pub const HALF: f64 = 0.5;
pub const MUL: f64 = 1.1 * 1.1;
pub const SUB: f64 = 1.0 - 0.9;
pub const REM: f64 = 7.5 % 2.0;
pub const NEG_REM: f64 = -7.5 % 2.0;
pub const NEG: f64 = -SUM;
pub const MANY_DIGITS: f64 = 123456789.123456789;
pub const POW2_53: f64 = 9007199254740992.0;

const fn horner(coeffs: &[f64], x: f64) -> f64 {
    let mut acc = 0.0;
    let mut i = 0;
    while i < coeffs.len() {
        acc = acc * x + coeffs[i];
        i += 1;
    }
    acc
}

pub const POLY: f64 = horner(&[2.0, -3.0, 0.5], 1.5);

const fn mean(xs: &[f64]) -> f64 {
    let mut s = 0.0;
    let mut i = 0;
    while i < xs.len() {
        s += xs[i];
        i += 1;
    }
    s / xs.len() as f64
}

pub const MEAN: f64 = mean(&[1.0, 2.0, 4.0]);
pub const CMP: (bool, bool) = (SUM > 0.3, SUM < 0.31);
pub static SQRT2_APPROX: f64 = 1.4142135623730951;
