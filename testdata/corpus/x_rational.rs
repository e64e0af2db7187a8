// Exact rational arithmetic in const fn with gcd normalization and continued fractions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ratio {
    pub num: i64,
    pub den: i64,
}

pub const fn gcd(mut a: i64, mut b: i64) -> i64 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

impl Ratio {
    pub const ZERO: Ratio = Ratio { num: 0, den: 1 };
    pub const ONE: Ratio = Ratio { num: 1, den: 1 };

    pub const fn new(num: i64, den: i64) -> Option<Ratio> {
        if den == 0 {
            return None;
        }
        let g = gcd(num, den);
        let s = if den < 0 { -1 } else { 1 };
        Some(Ratio { num: s * num / g, den: s * den / g })
    }
    pub const fn of(num: i64, den: i64) -> Ratio {
        match Ratio::new(num, den) {
            Some(r) => r,
            None => panic!("zero denominator"),
        }
    }
    pub const fn add(self, o: Ratio) -> Ratio {
        Ratio::of(self.num * o.den + o.num * self.den, self.den * o.den)
    }
    pub const fn mul(self, o: Ratio) -> Ratio {
        Ratio::of(self.num * o.num, self.den * o.den)
    }
    pub const fn recip(self) -> Option<Ratio> {
        Ratio::new(self.den, self.num)
    }
    pub const fn floor(self) -> i64 {
        self.num.div_euclid(self.den)
    }
    pub const fn to_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }
}

pub const fn harmonic(n: i64) -> Ratio {
    let mut s = Ratio::ZERO;
    let mut k = 1;
    while k <= n {
        s = s.add(Ratio::of(1, k));
        k += 1;
    }
    s
}

pub const fn continued_fraction(mut r: Ratio) -> ([i64; 8], usize) {
    let mut out = [0i64; 8];
    let mut n = 0;
    while n < 8 {
        let a = r.floor();
        out[n] = a;
        n += 1;
        let frac = r.add(Ratio::of(-a, 1));
        r = match frac.recip() {
            Some(x) => x,
            None => break,
        };
    }
    (out, n)
}

pub const HALF: Ratio = Ratio::of(2, 4);
pub const NEG: Ratio = Ratio::of(3, -9);
pub const ZERO_DEN: Option<Ratio> = Ratio::new(1, 0);
pub const SUM: Ratio = HALF.add(NEG);
pub const PRODUCT: Ratio = HALF.mul(NEG);
pub const H10: Ratio = harmonic(10);
pub const H10_F64: f64 = H10.to_f64();
pub const NEG_FLOOR: i64 = Ratio::of(-7, 2).floor();
pub const CF_415_93: ([i64; 8], usize) = continued_fraction(Ratio::of(415, 93));
pub const CF_NEG: ([i64; 8], usize) = continued_fraction(Ratio::of(-8, 3));
pub const RECIP_ZERO: Option<Ratio> = Ratio::ZERO.recip();
pub const GCDS: [i64; 4] = [gcd(0, 0), gcd(-12, 18), gcd(17, 5), gcd(i64::MAX, 7)];
