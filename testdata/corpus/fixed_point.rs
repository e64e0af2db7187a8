// A Q16.16 fixed-point type with associated consts and const arithmetic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Fixed(pub i32);

impl Fixed {
    pub const FRAC_BITS: u32 = 16;
    pub const ONE: Fixed = Fixed(1 << Self::FRAC_BITS);
    pub const HALF: Fixed = Fixed(Self::ONE.0 / 2);
    pub const MAX: Fixed = Fixed(i32::MAX);
    pub const EPSILON: Fixed = Fixed(1);

    pub const fn from_int(i: i16) -> Fixed {
        Fixed((i as i32) << Self::FRAC_BITS)
    }
    pub const fn add(self, o: Fixed) -> Fixed {
        Fixed(self.0 + o.0)
    }
    pub const fn mul(self, o: Fixed) -> Fixed {
        Fixed(((self.0 as i64 * o.0 as i64) >> Self::FRAC_BITS) as i32)
    }
    pub const fn div(self, o: Fixed) -> Fixed {
        Fixed((((self.0 as i64) << Self::FRAC_BITS) / o.0 as i64) as i32)
    }
    pub const fn to_f64(self) -> f64 {
        self.0 as f64 / 65536.0
    }
    pub const fn floor(self) -> i16 {
        (self.0 >> Self::FRAC_BITS) as i16
    }
}

pub const THREE: Fixed = Fixed::from_int(3);
pub const THREE_HALVES: Fixed = THREE.mul(Fixed::HALF);
pub const THIRD: Fixed = Fixed::ONE.div(THREE);
pub const THIRD_F64: f64 = THIRD.to_f64();
pub const NEG: Fixed = Fixed::from_int(-5).add(Fixed::HALF);
pub const NEG_FLOOR: i16 = NEG.floor();
pub const MAX_F64: f64 = Fixed::MAX.to_f64();
pub const EPS_F64: f64 = Fixed::EPSILON.to_f64();

const fn sqrt(x: Fixed) -> Fixed {
    let mut g = if x.0 > Fixed::ONE.0 { Fixed(x.0 / 2) } else { Fixed::ONE };
    let mut i = 0;
    while i < 20 {
        g = Fixed::HALF.mul(g.add(x.div(g)));
        i += 1;
    }
    g
}

pub const SQRT2: Fixed = sqrt(Fixed::from_int(2));
pub const SQRT2_F64: f64 = SQRT2.to_f64();
