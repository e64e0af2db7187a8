//! Newtypes whose Debug prints their inner value as a float, in hex, with
//! units, padding and precision.

use std::fmt;

#[derive(Clone, Copy)]
pub struct Half(u16);

impl fmt::Debug for Half {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{:X}", self.0)
    }
}

pub const ONE: Half = Half(0x3c00);
pub const NEG_ZERO: Half = Half(0x8000);
pub const HALVES: [Half; 3] = [Half(0), Half(0x7bff), Half(0xfc00)];

#[derive(Clone, Copy)]
pub struct Addr(u32);

impl fmt::Debug for Addr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Addr({:#010x})", self.0)
    }
}

impl fmt::LowerHex for Addr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::LowerHex::fmt(&self.0, f)
    }
}

pub const BASE: Addr = Addr(0x1000);
pub const TOP: Addr = Addr(u32::MAX);

pub struct Meters(pub f64);

impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.3} m", self.0)
    }
}

impl fmt::Debug for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Meters[{}]", self)
    }
}

pub const THIRD: Meters = Meters(1.0 / 3.0);
pub const MILE: Meters = Meters(1609.344);
pub const TINY: Meters = Meters(-0.0004);
pub const HALF_UP: Meters = Meters(0.0625);

pub struct Ratio(pub f32);

impl fmt::Debug for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

pub const R1: Ratio = Ratio(0.1);
pub const R2: Ratio = Ratio(1e20);
pub const R3: Ratio = Ratio(f32::NAN);
pub const R4: Ratio = Ratio(-1.0 / 0.0);

pub struct Signed(pub i32);

impl fmt::Debug for Signed {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{:+}|{:>6}|{:<6}|{:^7}|{:06}|{:*^9}]", self.0, self.0, self.0, self.0, self.0, self.0)
    }
}

pub const S_POS: Signed = Signed(42);
pub const S_NEG: Signed = Signed(-42);
pub const S_MIN: Signed = Signed(i32::MIN);

pub struct Bits(pub i8);

impl fmt::Debug for Bits {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:08b} {:#b} {:o} {:#o} {:x} {:#X}", self.0, self.0, self.0, self.0, self.0, self.0)
    }
}

pub const B1: Bits = Bits(5);
pub const B2: Bits = Bits(-1);

pub struct Temp {
    pub celsius: f64,
    pub label: &'static str,
}

impl fmt::Debug for Temp {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{label:>8}: {c:+.1}°C", label = self.label, c = self.celsius)
    }
}

pub const BOIL: Temp = Temp { celsius: 100.0, label: "boil" };
pub const FREEZE: Temp = Temp { celsius: -0.04, label: "freezing" };
pub const LONG: Temp = Temp { celsius: 36.6, label: "body temperature" };

pub struct Float64(pub f64);

impl fmt::Debug for Float64 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{0:?} {0} {0:10.2} {0:<10.0}| {0:+e}", self.0)
    }
}

pub const F_SMALL: Float64 = Float64(1e-7);
