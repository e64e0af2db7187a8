// A binary min-heap in a fixed array with `&mut self` sift-up and
// sift-down, used to merge sorted runs and to pick the k smallest values.

#[derive(Debug, Clone, Copy)]
pub struct Heap {
    items: [(u32, u8); 16],
    len: usize,
}

impl Heap {
    pub const fn new() -> Self {
        Heap { items: [(0, 0); 16], len: 0 }
    }

    const fn less(a: (u32, u8), b: (u32, u8)) -> bool {
        a.0 < b.0 || (a.0 == b.0 && a.1 < b.1)
    }

    pub const fn push(&mut self, v: (u32, u8)) -> bool {
        if self.len == self.items.len() {
            return false;
        }
        let mut i = self.len;
        self.items[i] = v;
        self.len += 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if !Self::less(self.items[i], self.items[parent]) {
                break;
            }
            let t = self.items[i];
            self.items[i] = self.items[parent];
            self.items[parent] = t;
            i = parent;
        }
        true
    }

    pub const fn pop(&mut self) -> Option<(u32, u8)> {
        if self.len == 0 {
            return None;
        }
        let top = self.items[0];
        self.len -= 1;
        self.items[0] = self.items[self.len];
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut m = i;
            if l < self.len && Self::less(self.items[l], self.items[m]) {
                m = l;
            }
            if r < self.len && Self::less(self.items[r], self.items[m]) {
                m = r;
            }
            if m == i {
                break;
            }
            let t = self.items[i];
            self.items[i] = self.items[m];
            self.items[m] = t;
            i = m;
        }
        Some(top)
    }

    pub const fn peek(&self) -> Option<&(u32, u8)> {
        if self.len == 0 { None } else { Some(&self.items[0]) }
    }
}

// Merges three sorted runs through the heap (value, run index).
pub const fn merge(a: &[u32], b: &[u32], c: &[u32]) -> [u32; 12] {
    let runs = [a, b, c];
    let mut pos = [0usize; 3];
    let mut h = Heap::new();
    let mut k = 0;
    while k < 3 {
        if !runs[k].is_empty() {
            h.push((runs[k][0], k as u8));
            pos[k] = 1;
        }
        k += 1;
    }
    let mut out = [0u32; 12];
    let mut n = 0;
    while let Some((v, run)) = h.pop() {
        out[n] = v;
        n += 1;
        let r = run as usize;
        if pos[r] < runs[r].len() {
            h.push((runs[r][pos[r]], run));
            pos[r] += 1;
        }
    }
    out
}

pub const fn k_smallest<const K: usize>(xs: &[u32]) -> [u32; K] {
    let mut h = Heap::new();
    let mut i = 0;
    while i < xs.len() {
        h.push((xs[i], 0));
        i += 1;
    }
    let mut out = [0; K];
    let mut j = 0;
    while j < K {
        out[j] = match h.pop() {
            Some((v, _)) => v,
            None => u32::MAX,
        };
        j += 1;
    }
    out
}

pub const MERGED: [u32; 12] = merge(&[1, 4, 9, 12], &[2, 3, 10], &[0, 5, 6, 7, 20]);
pub const SMALLEST: [u32; 3] = k_smallest::<3>(&[42, 7, 19, 3, 88, 7]);
pub const TOO_FEW: [u32; 4] = k_smallest::<4>(&[5, 1]);
pub const PEEKED: Option<(u32, u8)> = {
    let mut h = Heap::new();
    h.push((9, 1));
    h.push((4, 2));
    h.push((4, 0));
    match h.peek() {
        Some(&top) => Some(top),
        None => None,
    }
};
pub const FULL: (bool, usize) = {
    let mut h = Heap::new();
    let mut i = 0;
    let mut ok = true;
    while i < 17 {
        ok = h.push((100 - i, 0));
        i += 1;
    }
    (ok, h.len)
};
