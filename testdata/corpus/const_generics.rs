// Const generics: const fns parameterized by N, generic array helpers.
const fn sum<const N: usize>(a: [u32; N]) -> u32 {
    let mut s = 0;
    let mut i = 0;
    while i < N {
        s += a[i];
        i += 1;
    }
    s
}

pub const SUM3: u32 = sum([1, 2, 3]);
pub const SUM0: u32 = sum([]);
pub const SUM_BIG: u32 = sum([1000; 50]);

const fn iota<const N: usize>(start: i32) -> [i32; N] {
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        out[i] = start + i as i32;
        i += 1;
    }
    out
}

pub const IOTA: [i32; 5] = iota::<5>(-2);
pub const IOTA_EXPR: [i32; 2 + 1] = iota::<{ 2 + 1 }>(10);

const fn concat<const A: usize, const B: usize, const C: usize>(a: [u8; A], b: [u8; B]) -> [u8; C] {
    let mut out = [0u8; C];
    let mut i = 0;
    while i < A {
        out[i] = a[i];
        i += 1;
    }
    while i < A + B {
        out[i] = b[i - A];
        i += 1;
    }
    out
}

pub const CONCAT: [u8; 5] = concat::<2, 3, 5>([1, 2], [3, 4, 5]);

#[derive(Debug, Clone, Copy)]
pub struct Matrix<const R: usize, const C: usize> {
    pub data: [[i32; C]; R],
}

const fn transpose(m: Matrix<2, 3>) -> Matrix<3, 2> {
    let mut out = Matrix { data: [[0; 2]; 3] };
    let mut r = 0;
    while r < 2 {
        let mut c = 0;
        while c < 3 {
            out.data[c][r] = m.data[r][c];
            c += 1;
        }
        r += 1;
    }
    out
}

pub const M: Matrix<2, 3> = Matrix { data: [[1, 2, 3], [4, 5, 6]] };
pub const MT: Matrix<3, 2> = transpose(M);

pub fn generic_len<T, const N: usize>(_: &[T; N]) -> usize {
    N
}

pub fn runtime() -> usize {
    generic_len(&[1u8; 7]) + generic_len(&["a"; 2])
}
