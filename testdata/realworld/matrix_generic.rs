//! Small dense matrices with const-generic dimensions and operator
//! overloading, as used by a 2D game's transform code.

use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul, Neg, Sub};

#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Matrix<const R: usize, const C: usize> {
    data: [[f64; C]; R],
}

pub type Mat2 = Matrix<2, 2>;
pub type Mat3 = Matrix<3, 3>;
pub type Vec3 = Matrix<3, 1>;

impl<const R: usize, const C: usize> Matrix<R, C> {
    pub const ROWS: usize = R;
    pub const COLS: usize = C;
    pub const ZERO: Self = Matrix { data: [[0.0; C]; R] };

    pub const fn from_rows(data: [[f64; C]; R]) -> Self {
        Matrix { data }
    }

    pub fn transpose(&self) -> Matrix<C, R> {
        let mut out = Matrix::<C, R>::ZERO;
        for i in 0..R {
            for j in 0..C {
                out.data[j][i] = self.data[i][j];
            }
        }
        out
    }

    pub fn map<F: Fn(f64) -> f64>(&self, f: F) -> Self {
        let mut out = *self;
        out.data.iter_mut().flatten().for_each(|x| *x = f(*x));
        out
    }

    pub fn max_abs(&self) -> f64 {
        self.data.iter().flatten().fold(0.0, |m, x| m.max(x.abs()))
    }
}

impl<const N: usize> Matrix<N, N> {
    pub const IDENTITY: Self = {
        let mut data = [[0.0; N]; N];
        let mut i = 0;
        while i < N {
            data[i][i] = 1.0;
            i += 1;
        }
        Matrix { data }
    };

    pub fn trace(&self) -> f64 {
        (0..N).map(|i| self.data[i][i]).sum()
    }
}

impl Mat2 {
    pub const fn det(&self) -> f64 {
        self.data[0][0] * self.data[1][1] - self.data[0][1] * self.data[1][0]
    }
}

impl Mat3 {
    pub const fn translation(dx: f64, dy: f64) -> Mat3 {
        Matrix::from_rows([[1.0, 0.0, dx], [0.0, 1.0, dy], [0.0, 0.0, 1.0]])
    }

    pub const fn scaling(sx: f64, sy: f64) -> Mat3 {
        Matrix::from_rows([[sx, 0.0, 0.0], [0.0, sy, 0.0], [0.0, 0.0, 1.0]])
    }

    pub fn rotation(theta: f64) -> Mat3 {
        let (s, c) = theta.sin_cos();
        Matrix::from_rows([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]])
    }
}

impl<const R: usize, const C: usize> Index<(usize, usize)> for Matrix<R, C> {
    type Output = f64;
    fn index(&self, (i, j): (usize, usize)) -> &f64 {
        &self.data[i][j]
    }
}

impl<const R: usize, const C: usize> IndexMut<(usize, usize)> for Matrix<R, C> {
    fn index_mut(&mut self, (i, j): (usize, usize)) -> &mut f64 {
        &mut self.data[i][j]
    }
}

impl<const R: usize, const C: usize> Add for Matrix<R, C> {
    type Output = Self;
    fn add(mut self, rhs: Self) -> Self {
        for i in 0..R {
            for j in 0..C {
                self.data[i][j] += rhs.data[i][j];
            }
        }
        self
    }
}

impl<const R: usize, const C: usize> Sub for Matrix<R, C> {
    type Output = Self;
    fn sub(self, rhs: Self) -> Self {
        self + -rhs
    }
}

impl<const R: usize, const C: usize> Neg for Matrix<R, C> {
    type Output = Self;
    fn neg(self) -> Self {
        self.map(|x| -x)
    }
}

impl<const R: usize, const K: usize, const C: usize> Mul<Matrix<K, C>> for Matrix<R, K> {
    type Output = Matrix<R, C>;
    fn mul(self, rhs: Matrix<K, C>) -> Matrix<R, C> {
        let mut out = Matrix::<R, C>::ZERO;
        for i in 0..R {
            for j in 0..C {
                out.data[i][j] = (0..K).map(|k| self.data[i][k] * rhs.data[k][j]).sum();
            }
        }
        out
    }
}

impl<const R: usize, const C: usize> fmt::Display for Matrix<R, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for row in &self.data {
            let cells: Vec<String> = row.iter().map(|x| format!("{:8.3}", x)).collect();
            writeln!(f, "[{}]", cells.join(" "))?;
        }
        Ok(())
    }
}

pub const UNIT_SCALE: Mat3 = Mat3::scaling(2.0, 0.5);
pub const ORIGIN_SHIFT: Mat3 = Mat3::translation(-16.0, 9.0);
pub const SHEAR: Mat2 = Matrix::from_rows([[1.0, 0.5], [0.0, 1.0]]);
pub const SHEAR_DET: f64 = SHEAR.det();
pub const ROWS_3: usize = Mat3::ROWS;
pub const POINT: Vec3 = Matrix::from_rows([[3.0], [4.0], [1.0]]);
pub const PIXELS_PER_UNIT: f64 = 32.0;
pub const HALF_PIXEL: f64 = 0.5 / PIXELS_PER_UNIT;
pub const ID2: Mat2 = Mat2::IDENTITY;

pub fn world_to_screen(p: Vec3) -> Vec3 {
    ORIGIN_SHIFT * UNIT_SCALE * p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_is_neutral() {
        let m = Mat3::rotation(0.3) * Mat3::IDENTITY;
        assert!((m - Mat3::rotation(0.3)).max_abs() < 1e-12);
        assert_eq!(Mat3::IDENTITY.trace(), 3.0);
    }
}
