// Integer matrices and geometry: 3x3 multiply, transpose, determinant,
// powers by squaring (Fibonacci), affine transforms of points and the
// bounding box of a polygon.

pub type Mat3 = [[i64; 3]; 3];
pub type Mat2 = [[u64; 2]; 2];

pub const IDENTITY: Mat3 = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];

pub const fn mul(a: &Mat3, b: &Mat3) -> Mat3 {
    let mut out = [[0; 3]; 3];
    let mut i = 0;
    while i < 3 {
        let mut j = 0;
        while j < 3 {
            let mut k = 0;
            while k < 3 {
                out[i][j] += a[i][k] * b[k][j];
                k += 1;
            }
            j += 1;
        }
        i += 1;
    }
    out
}

pub const fn transpose(m: Mat3) -> Mat3 {
    let mut t = m;
    let mut i = 0;
    while i < 3 {
        let mut j = 0;
        while j < 3 {
            t[i][j] = m[j][i];
            j += 1;
        }
        i += 1;
    }
    t
}

pub const fn det(m: &Mat3) -> i64 {
    m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
}

const fn mul2(a: Mat2, b: Mat2) -> Mat2 {
    [
        [a[0][0] * b[0][0] + a[0][1] * b[1][0], a[0][0] * b[0][1] + a[0][1] * b[1][1]],
        [a[1][0] * b[0][0] + a[1][1] * b[1][0], a[1][0] * b[0][1] + a[1][1] * b[1][1]],
    ]
}

pub const fn fib(n: u32) -> u64 {
    let mut result: Mat2 = [[1, 0], [0, 1]];
    let mut base: Mat2 = [[1, 1], [1, 0]];
    let mut e = n;
    while e > 0 {
        if e & 1 == 1 {
            result = mul2(result, base);
        }
        base = mul2(base, base);
        e >>= 1;
    }
    result[0][1]
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: i64,
    pub y: i64,
}

pub const fn translate(dx: i64, dy: i64) -> Mat3 {
    [[1, 0, dx], [0, 1, dy], [0, 0, 1]]
}

pub const fn scale(k: i64) -> Mat3 {
    [[k, 0, 0], [0, k, 0], [0, 0, 1]]
}

pub const ROT90: Mat3 = [[0, -1, 0], [1, 0, 0], [0, 0, 1]];

pub const fn apply(m: &Mat3, p: Point) -> Point {
    Point { x: m[0][0] * p.x + m[0][1] * p.y + m[0][2], y: m[1][0] * p.x + m[1][1] * p.y + m[1][2] }
}

pub const fn bbox(ps: &[Point]) -> Option<(Point, Point)> {
    if ps.is_empty() {
        return None;
    }
    let (mut lo, mut hi) = (ps[0], ps[0]);
    let mut i = 1;
    while i < ps.len() {
        let p = ps[i];
        if p.x < lo.x { lo.x = p.x; }
        if p.y < lo.y { lo.y = p.y; }
        if p.x > hi.x { hi.x = p.x; }
        if p.y > hi.y { hi.y = p.y; }
        i += 1;
    }
    Some((lo, hi))
}

// Twice the signed area (shoelace formula).
pub const fn area2(ps: &[Point]) -> i64 {
    let mut s = 0;
    let mut i = 0;
    while i < ps.len() {
        let j = (i + 1) % ps.len();
        s += ps[i].x * ps[j].y - ps[j].x * ps[i].y;
        i += 1;
    }
    s
}

pub const M: Mat3 = [[2, -1, 0], [4, 3, -2], [1, 0, 5]];
pub const M_SQUARED: Mat3 = mul(&M, &M);
pub const M_T: Mat3 = transpose(M);
pub const DETS: [i64; 3] = [det(&M), det(&IDENTITY), det(&M_SQUARED)];
pub const ID_CHECK: bool = {
    let p = mul(&M, &IDENTITY);
    let mut same = true;
    let mut i = 0;
    while i < 3 {
        let mut j = 0;
        while j < 3 {
            same = same && p[i][j] == M[i][j];
            j += 1;
        }
        i += 1;
    }
    same
};
pub const FIBS: [u64; 4] = [fib(0), fib(1), fib(50), fib(63)];
pub const XFORM: Mat3 = mul(&translate(10, -5), &mul(&ROT90, &scale(3)));
pub const MOVED: Point = apply(&XFORM, Point { x: 1, y: 2 });
pub const SQUARE: [Point; 4] = [Point { x: 0, y: 0 }, Point { x: 4, y: 0 }, Point { x: 4, y: 4 }, Point { x: 0, y: 4 }];
pub const SQUARE_AREA2: i64 = area2(&SQUARE);
pub const BOX: Option<(Point, Point)> = bbox(&[Point { x: 3, y: -1 }, Point { x: -2, y: 7 }, Point { x: 0, y: 0 }]);
pub const NO_BOX: Option<(Point, Point)> = bbox(&[]);
