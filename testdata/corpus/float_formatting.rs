// Floats chosen for how Debug prints them (shortest round-trip, exponent switch).
pub const F64S: [f64; 12] = [1e15, 1e16, 1e-4, 1e-5, 0.1, 100.0, 1.5e300, 2.5e-300, 123456789012345680.0, 0.000001, 1.0 / 7.0, 1e21];
pub const F32S: [f32; 10] = [1e7, 1e8, 1e15, 1e16, 1e-5, 3.0e-39, 0.3, 2.0 / 3.0, 16777217.0, 1.0e-7];
pub const ROUND_TRIP: f64 = 0.1 + 0.2 - 0.3;
pub const TINY_DIFF: f64 = 1.0 + f64::EPSILON - 1.0;
pub const NEG_SMALL: f64 = -1e-7;
pub const NEG_BIG: f32 = -1e16;
pub const WHOLE_BIG: f64 = 4503599627370496.0;
pub const POWERS: [f64; 4] = [pow10(-3), pow10(0), pow10(8), pow10(22)];

const fn pow10(e: i32) -> f64 {
    let mut r = 1.0;
    let mut i = 0;
    if e >= 0 {
        while i < e {
            r *= 10.0;
            i += 1;
        }
    } else {
        while i < -e {
            r /= 10.0;
            i += 1;
        }
    }
    r
}

const fn sum_tenths(n: u32) -> f64 {
    let mut s = 0.0;
    let mut i = 0;
    while i < n {
        s += 0.1;
        i += 1;
    }
    s
}

pub const TENTHS: [f64; 3] = [sum_tenths(3), sum_tenths(10), sum_tenths(100)];
pub const F32_TENTHS: f32 = sum_tenths(10) as f32;
pub const MIXED: (f32, f64, f32) = (1.1, 1.1, 1.0e-10);

pub fn runtime_format(x: f64) -> [String; 3] {
    [format!("{x}"), format!("{x:?}"), format!("{x:e}")]
}
