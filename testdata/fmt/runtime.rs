//! Debug impls that need running: flag sets printed as `A | B` by a loop
//! over a table, a `for` over a user iterator, `if` chains and early
//! returns, `?`, builders with `{:#?}`, and options taken from the caller.

use std::fmt;

#[derive(Clone, Copy)]
pub struct Flags(u32);

const NAMES: [(u32, &str); 4] = [(1, "READ"), (2, "WRITE"), (4, "EXEC"), (8, "SYNC")];

impl fmt::Debug for Flags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        let mut rest = self.0;
        for &(bit, name) in NAMES.iter() {
            if self.0 & bit == 0 {
                continue;
            }
            if !first {
                f.write_str(" | ")?;
            }
            first = false;
            rest &= !bit;
            f.write_str(name)?;
        }
        if rest != 0 {
            if !first {
                f.write_str(" | ")?;
            }
            write!(f, "{:#x}", rest)?;
            return Ok(());
        }
        if first {
            f.write_str("(empty)")?;
        }
        Ok(())
    }
}

pub const RW: Flags = Flags(3);
pub const NONE: Flags = Flags(0);
pub const ODD: Flags = Flags(0x35);
pub const ALL: [Flags; 2] = [Flags(15), Flags(8)];

#[derive(Clone, Copy)]
pub struct Bits(u8);

pub struct BitIter {
    v: u8,
}

impl Iterator for BitIter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.v == 0 {
            return None;
        }
        let b = self.v.trailing_zeros();
        self.v &= !(1 << b);
        Some(b)
    }
}

impl Bits {
    fn iter(self) -> BitIter {
        BitIter { v: self.0 }
    }
}

impl fmt::Display for Bits {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut n = 0;
        for b in self.iter() {
            if n > 0 {
                write!(f, ",")?;
            }
            write!(f, "{}", b)?;
            n += 1;
        }
        if n == 0 {
            f.write_str("-")
        } else {
            Ok(())
        }
    }
}

impl fmt::Debug for Bits {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Bits{{{}}} [{:>6}] [{:<6}]", self, self.0, self.0)
    }
}

pub const B0: Bits = Bits(0);
pub const B1: Bits = Bits(0b1010_0110);

#[derive(Clone, Copy)]
pub enum Level {
    Low,
    Mid(u8),
    High { value: i16, scale: f32 },
}

impl fmt::Debug for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Level::Low => f.write_str("low"),
            Level::Mid(x) if x > 100 => write!(f, "mid(very: {})", x),
            Level::Mid(x) => f.debug_tuple("Mid").field(&x).finish(),
            Level::High { value, scale } => f
                .debug_struct("High")
                .field("value", &value)
                .field("scaled", &(value as f32 * scale))
                .finish_non_exhaustive(),
        }
    }
}

pub const L1: Level = Level::Low;
pub const L2: Level = Level::Mid(7);
pub const L3: Level = Level::Mid(200);
pub const L4: Level = Level::High { value: -12, scale: 0.5 };

#[derive(Debug, Clone, Copy)]
pub struct Pair {
    a: Flags,
    b: Level,
}

pub const PAIR: Pair = Pair { a: Flags(5), b: Level::Mid(1) };
pub const NESTED: (Bits, Option<Flags>, [Level; 2]) = (Bits(3), Some(Flags(2)), [Level::Low, Level::Mid(2)]);

#[derive(Clone, Copy)]
pub struct Padded(i32);

impl fmt::Display for Padded {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            return f.pad("alt");
        }
        match f.width() {
            Some(w) => write!(f, "w{}:{:0w$}", w, self.0, w = w),
            None => f.pad_integral(self.0 >= 0, "0x", &"digits"[..3]),
        }
    }
}

impl fmt::Debug for Padded {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}] [{:8}] [{:#}] [{:+}]", self, self, self, self)
    }
}

pub const PAD: Padded = Padded(-42);
pub const PAD2: Padded = Padded(9);
