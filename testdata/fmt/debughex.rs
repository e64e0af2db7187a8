//! Debug with hex ({:x?}, {:X?}) and width, fill and alignment applied
//! to composite values inside formatting impls: the options reach every
//! integer and string the composite prints.

use std::fmt;

pub struct Regs([u16; 3]);

impl fmt::Debug for Regs {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "regs {:x?}", self.0)
    }
}

pub const REGS: Regs = Regs([0x1f, 0xabc, 65535]);

pub struct Upper(Option<u32>, (i8, u64));

impl fmt::Debug for Upper {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:X?} {:#X?}", self.0, self.1)
    }
}

pub const UPPER: Upper = Upper(Some(0xdead), (-1, 255));

#[derive(Debug, Clone, Copy)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

pub struct PadDbg(Point, Option<u8>);

impl fmt::Debug for PadDbg {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{:4?}] [{:<3?}] [{:*^5?}]", self.0, self.1, self.0)
    }
}

pub const PAD: PadDbg = PadDbg(Point { x: 1, y: -20 }, Some(7));

pub struct Zeroed([i16; 2]);

impl fmt::Debug for Zeroed {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:05?} {:+?} {:#06x?}", self.0, self.0, self.0)
    }
}

pub const ZEROED: Zeroed = Zeroed([-3, 42]);

pub struct Names(&'static str, char);

impl fmt::Debug for Names {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:>8?}|{:<6?}|{:^5?}", self.0, self.0, self.1)
    }
}

pub const NAMES: Names = Names("ab", 'c');

pub struct Floats([f64; 2]);

impl fmt::Debug for Floats {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:8.2?}|{:x?}", self.0, self.0)
    }
}

pub const FLOATS: Floats = Floats([1.5, -0.25]);

pub struct Hexed(Point);

impl fmt::Debug for Hexed {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_tuple("Hexed").field(&format_args!("{:x?}", self.0)).finish()
    }
}

pub const HEXED: Hexed = Hexed(Point { x: 255, y: -1 });
