// Arrays: repeat expressions, nesting, indexing, building in const fn.
pub const ZEROS: [u8; 8] = [0; 8];
pub const ONES: [i64; 3] = [1; 3];
pub const LIST: [u16; 5] = [10, 20, 30, 40, 50];
pub const THIRD: u16 = LIST[2];
pub const GRID: [[u8; 3]; 2] = [[1, 2, 3], [4, 5, 6]];
pub const CELL: u8 = GRID[1][2];
pub const REPEAT_NESTED: [[bool; 2]; 3] = [[true, false]; 3];
pub const EMPTY: [u32; 0] = [];
pub const CHARS: [char; 3] = ['a'; 3];
pub const STRS: [&str; 2] = ["one", "two"];
pub const TUPLES: [(u8, char); 2] = [(1, 'a'), (2, 'b')];
pub const LEN: usize = LIST.len();
pub const SIZE_EXPR: [u8; 2 * 3 + 1] = [7; 2 * 3 + 1];

const fn squares<const N: usize>() -> [u32; N] {
    let mut out = [0u32; N];
    let mut i = 0;
    while i < N {
        out[i] = (i * i) as u32;
        i += 1;
    }
    out
}

pub const SQUARES: [u32; 6] = squares::<6>();

const fn reverse(mut a: [i8; 5]) -> [i8; 5] {
    let mut i = 0;
    while i < 2 {
        let t = a[i];
        a[i] = a[4 - i];
        a[4 - i] = t;
        i += 1;
    }
    a
}

pub const REVERSED: [i8; 5] = reverse([1, -2, 3, -4, 5]);

const fn transpose(m: [[u8; 3]; 2]) -> [[u8; 2]; 3] {
    let mut t = [[0u8; 2]; 3];
    let mut r = 0;
    while r < 2 {
        let mut c = 0;
        while c < 3 {
            t[c][r] = m[r][c];
            c += 1;
        }
        r += 1;
    }
    t
}

pub const TRANSPOSED: [[u8; 2]; 3] = transpose(GRID);
pub static TABLE: [u8; 4] = [0xDE, 0xAD, 0xBE, 0xEF];
