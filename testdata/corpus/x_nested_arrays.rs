// Nested arrays [[u8; 4]; 4] with index math: matrices, magic squares, rotations.
pub type M4 = [[u8; 4]; 4];

pub const MAGIC: M4 = [
    [16, 3, 2, 13],
    [5, 10, 11, 8],
    [9, 6, 7, 12],
    [4, 15, 14, 1],
];

pub const fn row_sums(m: &M4) -> [u32; 4] {
    let mut s = [0u32; 4];
    let mut r = 0;
    while r < 4 {
        let mut c = 0;
        while c < 4 {
            s[r] += m[r][c] as u32;
            c += 1;
        }
        r += 1;
    }
    s
}

pub const fn is_magic(m: &M4) -> bool {
    let target = row_sums(m)[0];
    let mut d1 = 0u32;
    let mut d2 = 0u32;
    let mut i = 0;
    while i < 4 {
        let mut col = 0u32;
        let mut r = 0;
        while r < 4 {
            col += m[r][i] as u32;
            r += 1;
        }
        if col != target || row_sums(m)[i] != target {
            return false;
        }
        d1 += m[i][i] as u32;
        d2 += m[i][3 - i] as u32;
        i += 1;
    }
    d1 == target && d2 == target
}

pub const fn rotate(m: &M4) -> M4 {
    let mut out = [[0u8; 4]; 4];
    let mut r = 0;
    while r < 4 {
        let mut c = 0;
        while c < 4 {
            out[c][3 - r] = m[r][c];
            c += 1;
        }
        r += 1;
    }
    out
}

pub const fn flatten(m: &M4) -> [u8; 16] {
    let mut f = [0u8; 16];
    let mut i = 0;
    while i < 16 {
        f[i] = m[i / 4][i % 4];
        i += 1;
    }
    f
}

pub const fn mul(a: &M4, b: &M4) -> [[u16; 4]; 4] {
    let mut out = [[0u16; 4]; 4];
    let mut i = 0;
    while i < 4 {
        let mut j = 0;
        while j < 4 {
            let mut k = 0;
            while k < 4 {
                out[i][j] += a[i][k] as u16 * b[k][j] as u16;
                k += 1;
            }
            j += 1;
        }
        i += 1;
    }
    out
}

pub const IDENTITY: M4 = {
    let mut m = [[0; 4]; 4];
    let mut i = 0;
    while i < 4 {
        m[i][i] = 1;
        i += 1;
    }
    m
};

pub const SUMS: [u32; 4] = row_sums(&MAGIC);
pub const IS_MAGIC: bool = is_magic(&MAGIC);
pub const ROTATED: M4 = rotate(&MAGIC);
pub const ROTATED_MAGIC: bool = is_magic(&ROTATED);
pub const FULL_TURN: bool = {
    let r = rotate(&rotate(&rotate(&rotate(&MAGIC))));
    let (a, b) = (flatten(&r), flatten(&MAGIC));
    let mut i = 0;
    let mut eq = true;
    while i < 16 {
        eq = eq && a[i] == b[i];
        i += 1;
    }
    eq
};
pub const FLAT: [u8; 16] = flatten(&MAGIC);
pub const SQUARED: [[u16; 4]; 4] = mul(&MAGIC, &MAGIC);
pub const TIMES_ID: [[u16; 4]; 4] = mul(&MAGIC, &IDENTITY);
pub const NOT_MAGIC: bool = is_magic(&IDENTITY);
pub const CUBE: [[[u8; 2]; 2]; 2] = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]];
pub const CUBE_CORNER: u8 = CUBE[1][1][1] + CUBE[0][0][0];
