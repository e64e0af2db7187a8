//! Formatting impls that walk their contents with iterator adapters:
//! enumerate, map, copied, and builder entries over them.

use std::fmt;

pub struct Bits([bool; 4]);

impl fmt::Debug for Bits {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (i, b) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{}:{}", i, if *b { 1 } else { 0 })?;
        }
        Ok(())
    }
}

pub const B1: Bits = Bits([true, false, false, true]);
pub const B2: Bits = Bits([false; 4]);

pub struct Scaled([u8; 3]);

impl fmt::Debug for Scaled {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.0.iter().map(|x| u16::from(*x) * 10)).finish()
    }
}

pub const SC: Scaled = Scaled([1, 2, 250]);

pub struct Table {
    pub keys: [&'static str; 3],
    pub vals: [i32; 3],
}

impl fmt::Debug for Table {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_map()
            .entries(self.keys.iter().enumerate().map(|(i, k)| (k, self.vals[i])))
            .finish()
    }
}

pub const TABLE: Table = Table { keys: ["a", "b", "c"], vals: [1, -2, 3] };

pub struct Idx([char; 3]);

impl fmt::Debug for Idx {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_map().entries(self.0.iter().enumerate()).finish()
    }
}

pub const IDX: Idx = Idx(['x', 'y', 'z']);

pub struct Set(&'static [u32]);

impl fmt::Debug for Set {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_set().entries(self.0.iter().copied().map(|v| v + 1)).finish()
    }
}

pub const SET: Set = Set(&[10, 20]);
pub const EMPTY_SET: Set = Set(&[]);

pub struct Sum([i64; 4]);

impl fmt::Display for Sum {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut t = 0;
        for v in self.0.iter().copied() {
            t += v;
        }
        write!(f, "sum={}", t)
    }
}

impl fmt::Debug for Sum {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} of ", self)?;
        f.debug_list().entries(self.0.iter().enumerate().map(|(i, v)| v * i as i64)).finish()
    }
}

pub const SUM: Sum = Sum([5, 6, 7, 8]);

pub struct Pairs([(u8, char); 2]);

impl fmt::Debug for Pairs {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut l = f.debug_list();
        for (n, c) in self.0.iter() {
            l.entry(&format_args!("{}{}", n, c));
        }
        l.finish()
    }
}

pub const PAIRS: Pairs = Pairs([(1, 'a'), (2, 'b')]);

pub struct Fields([u8; 2]);

impl fmt::Debug for Fields {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut d = f.debug_struct("Fields");
        for (i, v) in self.0.iter().enumerate() {
            if i == 0 {
                d.field("first", v);
            } else {
                d.field("rest", v);
            }
        }
        d.finish()
    }
}

pub const FIELDS: Fields = Fields([3, 4]);
