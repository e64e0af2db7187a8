//! A fixed-capacity ring buffer generic over its element type and its
//! capacity, with iterators, and the constants a telemetry module keeps
//! next to it.

use std::fmt::{self, Debug};
use std::iter::FusedIterator;
use std::mem::MaybeUninit;

pub const SAMPLE_WINDOW: usize = 64;
pub const HISTORY_SLOTS: usize = SAMPLE_WINDOW * 4;
pub const fn next_pow2(n: usize) -> usize {
    let mut p = 1;
    while p < n {
        p <<= 1;
    }
    p
}
pub const INDEX_MASK: usize = next_pow2(HISTORY_SLOTS) - 1;

pub struct Ring<T, const N: usize> {
    buf: [MaybeUninit<T>; N],
    head: usize,
    len: usize,
}

impl<T, const N: usize> Ring<T, N> {
    pub const CAPACITY: usize = N;

    pub fn new() -> Self {
        Ring { buf: std::array::from_fn(|_| MaybeUninit::uninit()), head: 0, len: 0 }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn is_full(&self) -> bool {
        self.len == N
    }

    /// Pushes a value, returning the evicted oldest one when full.
    pub fn push(&mut self, value: T) -> Option<T> {
        let tail = (self.head + self.len) % N;
        if self.is_full() {
            let old = std::mem::replace(&mut self.buf[tail], MaybeUninit::new(value));
            self.head = (self.head + 1) % N;
            // SAFETY: a full ring has every slot initialized.
            Some(unsafe { old.assume_init() })
        } else {
            self.buf[tail] = MaybeUninit::new(value);
            self.len += 1;
            None
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let slot = std::mem::replace(&mut self.buf[self.head], MaybeUninit::uninit());
        self.head = (self.head + 1) % N;
        self.len -= 1;
        // SAFETY: slots in head..head+len are initialized.
        Some(unsafe { slot.assume_init() })
    }

    pub fn get(&self, i: usize) -> Option<&T> {
        if i >= self.len {
            return None;
        }
        // SAFETY: i < len, so the slot is initialized.
        Some(unsafe { self.buf[(self.head + i) % N].assume_init_ref() })
    }

    pub fn iter(&self) -> Iter<'_, T, N> {
        Iter { ring: self, front: 0, back: self.len }
    }
}

impl<T, const N: usize> Default for Ring<T, N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T, const N: usize> Drop for Ring<T, N> {
    fn drop(&mut self) {
        while self.pop().is_some() {}
    }
}

impl<T: Debug, const N: usize> Debug for Ring<T, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

pub struct Iter<'a, T, const N: usize> {
    ring: &'a Ring<T, N>,
    front: usize,
    back: usize,
}

impl<'a, T, const N: usize> Iterator for Iter<'a, T, N> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        if self.front == self.back {
            return None;
        }
        let item = self.ring.get(self.front);
        self.front += 1;
        item
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl<'a, T, const N: usize> DoubleEndedIterator for Iter<'a, T, N> {
    fn next_back(&mut self) -> Option<&'a T> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        self.ring.get(self.back)
    }
}

impl<'a, T, const N: usize> ExactSizeIterator for Iter<'a, T, N> {}
impl<'a, T, const N: usize> FusedIterator for Iter<'a, T, N> {}

impl<T, const N: usize> Extend<T> for Ring<T, N> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.push(x);
        }
    }
}

/// Moving statistics over the last `N` samples.
pub struct Window<const N: usize> {
    ring: Ring<f64, N>,
}

impl<const N: usize> Window<N> {
    pub fn new() -> Self {
        Window { ring: Ring::new() }
    }

    pub fn record(&mut self, x: f64) {
        self.ring.push(x);
    }

    pub fn mean(&self) -> Option<f64> {
        if self.ring.is_empty() {
            None
        } else {
            Some(self.ring.iter().sum::<f64>() / self.ring.len() as f64)
        }
    }

    pub fn max(&self) -> Option<f64> {
        self.ring.iter().copied().fold(None, |m, x| Some(m.map_or(x, |m: f64| m.max(x))))
    }
}

pub const WINDOW_CAPACITY: usize = Ring::<f64, SAMPLE_WINDOW>::CAPACITY;
pub const SLOT_BYTES: usize = std::mem::size_of::<Ring<u32, 8>>();
pub const ALIGNED: bool = INDEX_MASK & (INDEX_MASK + 1) == 0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_and_evicts() {
        let mut r: Ring<String, 3> = Ring::new();
        r.extend(["a", "b", "c"].iter().map(|s| s.to_string()));
        assert_eq!(r.push("d".into()), Some("a".to_string()));
        let v: Vec<_> = r.iter().rev().cloned().collect();
        assert_eq!(v, ["d", "c", "b"]);
    }

    #[test]
    fn window_stats() {
        let mut w: Window<4> = Window::new();
        for x in [1.0, 2.0, 3.0, 4.0, 5.0] {
            w.record(x);
        }
        assert_eq!(w.mean(), Some(3.5));
        assert_eq!(w.max(), Some(5.0));
    }
}
