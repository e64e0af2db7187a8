//@ mir-from: 4101 => 41
// Q16.16 multiplication whose narrowing result overflows an i32 add in a
// chain of methods.
#[derive(Clone, Copy)]
pub struct Fx(i32);

impl Fx {
    const fn from_int(n: i32) -> Fx {
        Fx(n << 16)
    }
    const fn mul(self, o: Fx) -> Fx {
        Fx(((self.0 as i64 * o.0 as i64) >> 16) as i32)
    }
    const fn add(self, o: Fx) -> Fx {
        Fx(self.0 + o.0)
    }
    const fn square_plus(self, c: Fx) -> Fx {
        self.mul(self).add(c)
    }
}

pub const Z: i32 = Fx::from_int(180).square_plus(Fx::from_int(4101)).0;
