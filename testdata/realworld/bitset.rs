//! A fixed-size bit set with const fn operations, an iterator over set
//! bits, and permission masks built from it.

use std::fmt;
use std::iter::FromIterator;
use std::ops::{BitAnd, BitOr, Not};

pub const WORD_BITS: usize = u64::BITS as usize;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct BitSet<const W: usize> {
    words: [u64; W],
}

impl<const W: usize> BitSet<W> {
    pub const CAPACITY: usize = W * WORD_BITS;
    pub const EMPTY: Self = BitSet { words: [0; W] };

    pub const fn with(mut self, bit: usize) -> Self {
        self.words[bit / WORD_BITS] |= 1 << (bit % WORD_BITS);
        self
    }

    pub const fn contains(&self, bit: usize) -> bool {
        bit < Self::CAPACITY && self.words[bit / WORD_BITS] & (1 << (bit % WORD_BITS)) != 0
    }

    pub const fn len(&self) -> u32 {
        let mut n = 0;
        let mut i = 0;
        while i < W {
            n += self.words[i].count_ones();
            i += 1;
        }
        n
    }

    pub const fn union(&self, other: &Self) -> Self {
        let mut out = *self;
        let mut i = 0;
        while i < W {
            out.words[i] |= other.words[i];
            i += 1;
        }
        out
    }

    pub fn insert(&mut self, bit: usize) -> bool {
        let had = self.contains(bit);
        *self = self.with(bit);
        !had
    }

    pub fn remove(&mut self, bit: usize) {
        self.words[bit / WORD_BITS] &= !(1 << (bit % WORD_BITS));
    }

    pub fn iter(&self) -> Bits<'_, W> {
        Bits { set: self, word: 0, bits: self.words.first().copied().unwrap_or(0) }
    }
}

impl<const W: usize> Default for BitSet<W> {
    fn default() -> Self {
        Self::EMPTY
    }
}

pub struct Bits<'a, const W: usize> {
    set: &'a BitSet<W>,
    word: usize,
    bits: u64,
}

impl<'a, const W: usize> Iterator for Bits<'a, W> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        loop {
            if self.bits != 0 {
                let tz = self.bits.trailing_zeros() as usize;
                self.bits &= self.bits - 1;
                return Some(self.word * WORD_BITS + tz);
            }
            self.word += 1;
            if self.word >= W {
                return None;
            }
            self.bits = self.set.words[self.word];
        }
    }
}

impl<const W: usize> FromIterator<usize> for BitSet<W> {
    fn from_iter<I: IntoIterator<Item = usize>>(it: I) -> Self {
        let mut s = Self::EMPTY;
        for b in it {
            s.insert(b);
        }
        s
    }
}

impl<const W: usize> BitOr for BitSet<W> {
    type Output = Self;
    fn bitor(self, o: Self) -> Self {
        self.union(&o)
    }
}

impl<const W: usize> BitAnd for BitSet<W> {
    type Output = Self;
    fn bitand(mut self, o: Self) -> Self {
        for (a, b) in self.words.iter_mut().zip(o.words) {
            *a &= b;
        }
        self
    }
}

impl<const W: usize> Not for BitSet<W> {
    type Output = Self;
    fn not(mut self) -> Self {
        self.words.iter_mut().for_each(|w| *w = !*w);
        self
    }
}

impl<const W: usize> fmt::Debug for BitSet<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

pub type Perms = BitSet<1>;

pub mod perm {
    pub const READ: usize = 0;
    pub const WRITE: usize = 1;
    pub const EXEC: usize = 2;
    pub const ADMIN: usize = 63;
}

pub const VIEWER: Perms = Perms::EMPTY.with(perm::READ);
pub const EDITOR: Perms = VIEWER.with(perm::WRITE);
pub const OWNER: Perms = EDITOR.with(perm::EXEC).with(perm::ADMIN);
pub const OWNER_COUNT: u32 = OWNER.len();
pub const EDITOR_CAN_EXEC: bool = EDITOR.contains(perm::EXEC);
pub const WIDE: BitSet<3> = BitSet::<3>::EMPTY.with(0).with(64).with(130);
pub const WIDE_CAPACITY: usize = BitSet::<3>::CAPACITY;
pub const MERGED: Perms = VIEWER.union(&Perms::EMPTY.with(perm::EXEC));

pub fn describe(p: &Perms) -> String {
    const NAMES: [(usize, &str); 4] = [(perm::READ, "r"), (perm::WRITE, "w"), (perm::EXEC, "x"), (perm::ADMIN, "A")];
    NAMES.iter().map(|&(b, n)| if p.contains(b) { n } else { "-" }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iterates_in_order() {
        let s: BitSet<2> = [70, 3, 64, 3].into_iter().collect();
        assert_eq!(s.iter().collect::<Vec<_>>(), vec![3, 64, 70]);
        assert_eq!(describe(&OWNER), "rwxA");
        assert_eq!((!VIEWER & EDITOR).iter().collect::<Vec<_>>(), vec![perm::WRITE]);
    }
}
