//@ mir-from: 4101 => 41
// assert! with a message inside a `&self` method called from a const fn.
pub struct Ring {
    cap: usize,
}

impl Ring {
    pub const fn slot(&self, i: usize) -> usize {
        assert!(i < self.cap * 8, "slot index beyond the ring");
        i % self.cap
    }
}

const fn place(r: &Ring, seq: usize) -> usize {
    r.slot(seq)
}

pub const RING: Ring = Ring { cap: 16 };
pub const SLOT: usize = place(&RING, 4101);
