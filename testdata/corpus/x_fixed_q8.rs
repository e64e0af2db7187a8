// Q8.8 and Q1.15 fixed-point numbers with rounding, saturation and conversions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Q8(pub i16);

impl Q8 {
    pub const SHIFT: u32 = 8;
    pub const ONE: Q8 = Q8(1 << Self::SHIFT);
    pub const MIN: Q8 = Q8(i16::MIN);
    pub const MAX: Q8 = Q8(i16::MAX);

    pub const fn from_ratio(num: i32, den: i32) -> Q8 {
        let v = (num << Self::SHIFT) / den;
        Q8(v as i16)
    }
    pub const fn saturating_add(self, o: Q8) -> Q8 {
        Q8(self.0.saturating_add(o.0))
    }
    pub const fn mul_round(self, o: Q8) -> Q8 {
        let p = self.0 as i32 * o.0 as i32;
        let r = (p + (1 << (Self::SHIFT - 1))) >> Self::SHIFT;
        if r > i16::MAX as i32 {
            Self::MAX
        } else if r < i16::MIN as i32 {
            Self::MIN
        } else {
            Q8(r as i16)
        }
    }
    pub const fn to_parts(self) -> (i16, u16) {
        (self.0 >> Self::SHIFT, (self.0 as u16) & 0xFF)
    }
    pub const fn to_milli(self) -> i32 {
        (self.0 as i32 * 1000) >> Self::SHIFT
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Q15(pub i16);

impl Q15 {
    pub const HALF: Q15 = Q15(1 << 14);
    pub const fn from_f32(x: f32) -> Q15 {
        Q15((x * 32768.0) as i16)
    }
    pub const fn to_f32(self) -> f32 {
        self.0 as f32 / 32768.0
    }
    pub const fn mul(self, o: Q15) -> Q15 {
        Q15(((self.0 as i32 * o.0 as i32) >> 15) as i16)
    }
}

pub const THREE_QUARTERS: Q8 = Q8::from_ratio(3, 4);
pub const NEG_THIRD: Q8 = Q8::from_ratio(-1, 3);
pub const PRODUCT: Q8 = THREE_QUARTERS.mul_round(NEG_THIRD);
pub const PARTS: (i16, u16) = Q8::from_ratio(-5, 2).to_parts();
pub const MILLI: i32 = NEG_THIRD.to_milli();
pub const SAT: Q8 = Q8::MAX.saturating_add(Q8::ONE);
pub const BIG_MUL: Q8 = Q8(100 << 8).mul_round(Q8(100 << 8));
pub const SMALL_MUL: Q8 = Q8::MIN.mul_round(Q8(2 << 8));
pub const Q15_POINT9: Q15 = Q15::from_f32(0.9);
pub const Q15_ONE_CLAMPED: Q15 = Q15::from_f32(1.0);
pub const Q15_NEG_ONE: Q15 = Q15::from_f32(-1.0);
pub const Q15_SQ: Q15 = Q15_POINT9.mul(Q15_POINT9);
pub const Q15_BACK: f32 = Q15_SQ.to_f32();
pub const Q15_HALF_SQ: f32 = Q15::HALF.mul(Q15::HALF).to_f32();
pub const ORDERED: bool = NEG_THIRD.0 < THREE_QUARTERS.0 && Q8::MIN.0 == i16::MIN;
