// Array lengths and repeat counts from every kind of constant expression:
// paths to consts, associated consts, arithmetic, const fn calls, size_of,
// nested repeats, and arrays as fields and parameters of those types.

pub const W: usize = 4;
pub const H: usize = W / 2 + 1;

pub struct Dims;

impl Dims {
    pub const CELLS: usize = W * H;
    pub const PAD: usize = 2;
}

pub const fn padded(n: usize) -> usize {
    n + 2 * Dims::PAD
}

#[derive(Debug, Clone, Copy)]
pub struct Grid {
    pub cells: [[u8; W]; H],
    pub border: [bool; padded(W)],
    pub flat: [u16; Dims::CELLS],
}

pub const fn make_grid(seed: u8) -> Grid {
    let mut g = Grid { cells: [[0; W]; H], border: [false; padded(W)], flat: [0; Dims::CELLS] };
    let mut y = 0;
    while y < H {
        let mut x = 0;
        while x < W {
            let v = seed.wrapping_mul((y * W + x) as u8 + 1);
            g.cells[y][x] = v;
            g.flat[y * W + x] = v as u16 * 3;
            x += 1;
        }
        y += 1;
    }
    g.border[0] = true;
    g.border[padded(W) - 1] = true;
    g
}

pub const fn sum_row(row: &[u8; W]) -> u32 {
    let mut s = 0;
    let mut i = 0;
    while i < W {
        s += row[i] as u32;
        i += 1;
    }
    s
}

pub const GRID: Grid = make_grid(3);
pub const ROW_SUMS: [u32; H] = [sum_row(&GRID.cells[0]), sum_row(&GRID.cells[1]), sum_row(&GRID.cells[2])];
pub const REPEAT_ASSOC: [char; Dims::PAD] = ['#'; Dims::PAD];
pub const REPEAT_CALL: [u8; padded(1)] = [9; padded(1)];
pub const REPEAT_SIZE: [i8; core::mem::size_of::<u32>()] = [-1; core::mem::size_of::<u32>()];
pub const NESTED_REPEAT: [[[u8; 2]; H]; 2] = [[[1; 2]; H]; 2];
pub const LEN_OF_FLAT: usize = GRID.flat.len();
pub const LAST_FLAT: u16 = GRID.flat[Dims::CELLS - 1];
pub const EMPTY: [u32; W - W] = [];
pub const FROM_BOOL_LEN: [u8; (W > 3) as usize + 1] = [5; (W > 3) as usize + 1];
