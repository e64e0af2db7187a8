// Q16.16 fixed-point arithmetic for a sensor pipeline: conversion,
// multiply/divide with i64 intermediates, rounding, square root by
// bisection and a moving-average filter table.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Fx(pub i32);

impl Fx {
    pub const FRAC_BITS: u32 = 16;
    pub const ONE: Fx = Fx(1 << Self::FRAC_BITS);
    pub const HALF: Fx = Fx(Self::ONE.0 / 2);
    pub const MAX: Fx = Fx(i32::MAX);
    pub const MIN: Fx = Fx(i32::MIN);

    pub const fn from_int(n: i32) -> Fx {
        Fx(n << Self::FRAC_BITS)
    }

    // n / d as fixed point.
    pub const fn ratio(n: i32, d: i32) -> Fx {
        Fx((((n as i64) << Self::FRAC_BITS) / d as i64) as i32)
    }

    pub const fn add(self, o: Fx) -> Fx {
        Fx(self.0 + o.0)
    }

    pub const fn sub(self, o: Fx) -> Fx {
        Fx(self.0 - o.0)
    }

    pub const fn mul(self, o: Fx) -> Fx {
        Fx(((self.0 as i64 * o.0 as i64) >> Self::FRAC_BITS) as i32)
    }

    pub const fn div(self, o: Fx) -> Fx {
        Fx((((self.0 as i64) << Self::FRAC_BITS) / o.0 as i64) as i32)
    }

    pub const fn saturating_mul(self, o: Fx) -> Fx {
        let wide = (self.0 as i64 * o.0 as i64) >> Self::FRAC_BITS;
        if wide > i32::MAX as i64 {
            Self::MAX
        } else if wide < i32::MIN as i64 {
            Self::MIN
        } else {
            Fx(wide as i32)
        }
    }

    pub const fn round(self) -> i32 {
        (self.0 + Self::HALF.0) >> Self::FRAC_BITS
    }

    pub const fn floor(self) -> i32 {
        self.0 >> Self::FRAC_BITS
    }

    pub const fn frac(self) -> u16 {
        (self.0 & 0xFFFF) as u16
    }

    pub const fn abs(self) -> Fx {
        if self.0 < 0 { Fx(-self.0) } else { self }
    }

    pub const fn sqrt(self) -> Fx {
        if self.0 <= 0 {
            return Fx(0);
        }
        let mut lo: i64 = 0;
        let mut hi: i64 = if self.0 > Self::ONE.0 { self.0 as i64 } else { Self::ONE.0 as i64 };
        while lo < hi {
            let mid = (lo + hi + 1) / 2;
            if (mid * mid) >> Self::FRAC_BITS <= self.0 as i64 {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        Fx(lo as i32)
    }

    pub const fn to_milli(self) -> i64 {
        (self.0 as i64 * 1000) >> Self::FRAC_BITS
    }
}

const READINGS: [i32; 8] = [1200, 1215, 1190, 1250, 1300, 1280, 1275, 1310];

// 4-sample moving average of readings scaled by 1/1000.
const fn smoothed() -> [Fx; 5] {
    let mut out = [Fx(0); 5];
    let mut i = 0;
    while i + 4 <= READINGS.len() {
        let mut acc = Fx(0);
        let mut k = 0;
        while k < 4 {
            acc = acc.add(Fx::ratio(READINGS[i + k], 1000));
            k += 1;
        }
        out[i] = acc.div(Fx::from_int(4));
        i += 1;
    }
    out
}

pub const ONE: Fx = Fx::ONE;
pub const THIRD: Fx = Fx::ratio(1, 3);
pub const PI: Fx = Fx::ratio(355, 113);
pub const AREA_R2: Fx = PI.mul(Fx::from_int(2)).mul(Fx::from_int(2));
pub const AREA_ROUNDED: i32 = AREA_R2.round();
pub const NEG_DIV: Fx = Fx::from_int(-7).div(Fx::from_int(2));
pub const NEG_PARTS: (i32, i32, u16) = (NEG_DIV.floor(), NEG_DIV.round(), NEG_DIV.frac());
pub const SQRTS: [Fx; 4] = [Fx::from_int(2).sqrt(), Fx::from_int(144).sqrt(), Fx::ratio(1, 4).sqrt(), Fx(-5).sqrt()];
pub const SAT: [Fx; 2] = [Fx::from_int(30000).saturating_mul(Fx::from_int(3)), Fx::from_int(-30000).saturating_mul(Fx::from_int(3))];
pub const SMOOTHED: [Fx; 5] = smoothed();
pub const SMOOTHED_MILLI: [i64; 2] = [SMOOTHED[0].to_milli(), SMOOTHED[4].to_milli()];
pub const ORDER: (bool, bool) = (THIRD.0 < Fx::HALF.0, NEG_DIV.abs().0 == Fx::ratio(7, 2).0);
pub const DIFF: Fx = Fx::ONE.sub(THIRD).sub(THIRD).sub(THIRD);
