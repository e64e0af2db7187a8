// Const generics: fixed-capacity buffers, sums over arrays of any length, matrices.
#[derive(Debug, Clone, Copy)]
pub struct Buf<const N: usize> {
    data: [u32; N],
    len: usize,
}

impl<const N: usize> Buf<N> {
    pub const CAPACITY: usize = N;
    pub const fn new() -> Self {
        Buf { data: [0; N], len: 0 }
    }
    pub const fn push(mut self, v: u32) -> Self {
        if self.len < N {
            self.data[self.len] = v;
            self.len += 1;
        }
        self
    }
    pub const fn len(&self) -> usize {
        self.len
    }
    pub const fn get(&self, i: usize) -> Option<u32> {
        if i < self.len { Some(self.data[i]) } else { None }
    }
    pub const fn total(&self) -> u64 {
        let mut s = 0u64;
        let mut i = 0;
        while i < self.len {
            s += self.data[i] as u64;
            i += 1;
        }
        s
    }
}

pub const fn sum<const N: usize>(a: [u32; N]) -> u32 {
    let mut s = 0;
    let mut i = 0;
    while i < N {
        s += a[i];
        i += 1;
    }
    s
}

pub const fn dot<const N: usize>(a: &[i32; N], b: &[i32; N]) -> i64 {
    let mut s = 0i64;
    let mut i = 0;
    while i < N {
        s += a[i] as i64 * b[i] as i64;
        i += 1;
    }
    s
}

pub const fn transpose<const R: usize, const C: usize>(m: [[u8; C]; R]) -> [[u8; R]; C] {
    let mut t = [[0u8; R]; C];
    let mut r = 0;
    while r < R {
        let mut c = 0;
        while c < C {
            t[c][r] = m[r][c];
            c += 1;
        }
        r += 1;
    }
    t
}

pub const fn repeat<const N: usize>(v: u8) -> [u8; N] {
    [v; N]
}

pub const B3: Buf<3> = Buf::new().push(10).push(20).push(30).push(40);
pub const B3_LEN: usize = B3.len();
pub const B3_TOTAL: u64 = B3.total();
pub const B3_GET1: Option<u32> = B3.get(1);
pub const B3_GET3: Option<u32> = B3.get(3);
pub const CAP8: usize = Buf::<8>::CAPACITY;
pub const EMPTY0: Buf<0> = Buf::new().push(1);
pub const SUM5: u32 = sum([1, 2, 3, 4, 5]);
pub const SUM0: u32 = sum([]);
pub const DOT: i64 = dot(&[1, -2, 3], &[-4, 5, 6]);
pub const T: [[u8; 2]; 3] = transpose([[1, 2, 3], [4, 5, 6]]);
pub const R4: [u8; 4] = repeat::<4>(7);
pub const R4_SUM: u32 = sum::<4>([R4[0] as u32, R4[1] as u32, R4[2] as u32, R4[3] as u32]);
