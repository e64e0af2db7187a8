// mem::swap and mem::replace in const fn: sorting, rotating, ring buffers.
use core::mem;

pub const fn bubble_sort<const N: usize>(mut a: [i32; N]) -> [i32; N] {
    let mut i = 0;
    while i < N {
        let mut j = 0;
        while j + 1 < N - i {
            if a[j] > a[j + 1] {
                let (l, r) = a.split_at_mut(j + 1);
                mem::swap(&mut l[j], &mut r[0]);
            }
            j += 1;
        }
        i += 1;
    }
    a
}

pub const fn reverse<const N: usize>(mut a: [u8; N]) -> [u8; N] {
    let mut i = 0;
    while i < N / 2 {
        let t = a[i];
        a[i] = mem::replace(&mut a[N - 1 - i], t);
        i += 1;
    }
    a
}

#[derive(Debug, Clone, Copy)]
pub struct Ring {
    buf: [u16; 4],
    head: usize,
}

impl Ring {
    pub const fn push(&mut self, v: u16) -> u16 {
        let old = mem::replace(&mut self.buf[self.head], v);
        self.head = (self.head + 1) % 4;
        old
    }
}

pub const fn fib_pair(n: u32) -> (u64, u64) {
    let mut a = 0u64;
    let mut b = 1u64;
    let mut i = 0;
    while i < n {
        a += b;
        mem::swap(&mut a, &mut b);
        i += 1;
    }
    (a, b)
}

pub const fn take_string(s: &mut &'static str) -> &'static str {
    mem::replace(s, "")
}

pub const SORTED: [i32; 7] = bubble_sort([5, -2, 9, 0, 9, -7, 3]);
pub const SORTED_EMPTY: [i32; 0] = bubble_sort([]);
pub const REVERSED: [u8; 5] = reverse(*b"hello");
pub const REVERSED_EVEN: [u8; 4] = reverse([1, 2, 3, 4]);
pub const FIB: (u64, u64) = fib_pair(50);
pub const RING: (Ring, [u16; 6]) = {
    let mut r = Ring { buf: [0; 4], head: 0 };
    let mut evicted = [0u16; 6];
    let mut i = 0;
    while i < 6 {
        evicted[i] = r.push(100 + i as u16);
        i += 1;
    }
    (r, evicted)
};
pub const TAKEN: (&str, &str) = {
    let mut s = "owned";
    let t = take_string(&mut s);
    (t, s)
};
pub const SWAPPED_TUPLE: ((u8, char), (u8, char)) = {
    let mut a = (1, 'a');
    let mut b = (2, 'b');
    mem::swap(&mut a, &mut b);
    (a, b)
};
pub const SWAP_SLICE: [u32; 5] = {
    let mut a = [1, 2, 3, 4, 5];
    a.swap(0, 4);
    a.swap(1, 3);
    a
};
