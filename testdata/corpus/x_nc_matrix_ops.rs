// Operator overloading on a small matrix type, with const identity/rotation matrices.
use std::ops::{Add, Index, IndexMut, Mul, Neg};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mat2 {
    pub m: [[i32; 2]; 2],
}

impl Mat2 {
    pub const IDENTITY: Mat2 = Mat2 { m: [[1, 0], [0, 1]] };
    pub const ZERO: Mat2 = Mat2 { m: [[0; 2]; 2] };
    pub const ROT90: Mat2 = Mat2 { m: [[0, -1], [1, 0]] };
    pub const FIB: Mat2 = Mat2 { m: [[1, 1], [1, 0]] };

    pub const fn mul_const(self, o: Mat2) -> Mat2 {
        let a = self.m;
        let b = o.m;
        Mat2 {
            m: [
                [a[0][0] * b[0][0] + a[0][1] * b[1][0], a[0][0] * b[0][1] + a[0][1] * b[1][1]],
                [a[1][0] * b[0][0] + a[1][1] * b[1][0], a[1][0] * b[0][1] + a[1][1] * b[1][1]],
            ],
        }
    }

    pub const fn pow(self, mut n: u32) -> Mat2 {
        let mut result = Mat2::IDENTITY;
        let mut base = self;
        while n > 0 {
            if n & 1 == 1 {
                result = result.mul_const(base);
            }
            base = base.mul_const(base);
            n >>= 1;
        }
        result
    }

    pub const fn det(&self) -> i32 {
        self.m[0][0] * self.m[1][1] - self.m[0][1] * self.m[1][0]
    }
}

impl Add for Mat2 {
    type Output = Mat2;
    fn add(self, o: Mat2) -> Mat2 {
        let mut r = Mat2::ZERO;
        for i in 0..2 {
            for j in 0..2 {
                r.m[i][j] = self.m[i][j] + o.m[i][j];
            }
        }
        r
    }
}

impl Mul for Mat2 {
    type Output = Mat2;
    fn mul(self, o: Mat2) -> Mat2 {
        self.mul_const(o)
    }
}

impl Neg for Mat2 {
    type Output = Mat2;
    fn neg(self) -> Mat2 {
        Mat2 { m: self.m.map(|row| row.map(|x| -x)) }
    }
}

impl Index<(usize, usize)> for Mat2 {
    type Output = i32;
    fn index(&self, (i, j): (usize, usize)) -> &i32 {
        &self.m[i][j]
    }
}

impl IndexMut<(usize, usize)> for Mat2 {
    fn index_mut(&mut self, (i, j): (usize, usize)) -> &mut i32 {
        &mut self.m[i][j]
    }
}

pub fn trace_sum(ms: &[Mat2]) -> i32 {
    ms.iter().map(|m| m[(0, 0)] + m[(1, 1)]).sum()
}

pub fn demo() -> Mat2 {
    let mut a = Mat2::ROT90 * Mat2::ROT90 + Mat2::IDENTITY;
    a[(0, 1)] = 7;
    -a
}

pub const ROT180: Mat2 = Mat2::ROT90.mul_const(Mat2::ROT90);
pub const ROT360_IS_ID: bool = {
    let r = Mat2::ROT90.pow(4);
    r.m[0][0] == 1 && r.m[0][1] == 0 && r.m[1][0] == 0 && r.m[1][1] == 1
};
pub const FIB_30: i32 = Mat2::FIB.pow(30).m[0][1];
pub const FIB_DET: i32 = Mat2::FIB.pow(7).det();
