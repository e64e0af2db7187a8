// Conway's Game of Life on a small torus, stepped at compile time: nested
// arrays, wrapping neighbour indices, population counts and a period
// detector.

pub const N: usize = 8;
pub type Board = [[bool; N]; N];

pub const fn from_rows(rows: [&[u8]; N]) -> Board {
    let mut b = [[false; N]; N];
    let mut r = 0;
    while r < N {
        let mut c = 0;
        while c < N && c < rows[r].len() {
            b[r][c] = rows[r][c] == b'#';
            c += 1;
        }
        r += 1;
    }
    b
}

pub const fn neighbours(b: &Board, r: usize, c: usize) -> u8 {
    let mut n = 0;
    let mut dr = 0;
    while dr < 3 {
        let mut dc = 0;
        while dc < 3 {
            if !(dr == 1 && dc == 1) {
                let rr = (r + N + dr - 1) % N;
                let cc = (c + N + dc - 1) % N;
                n += b[rr][cc] as u8;
            }
            dc += 1;
        }
        dr += 1;
    }
    n
}

pub const fn step(b: &Board) -> Board {
    let mut next = [[false; N]; N];
    let mut r = 0;
    while r < N {
        let mut c = 0;
        while c < N {
            next[r][c] = matches!((b[r][c], neighbours(b, r, c)), (true, 2) | (_, 3));
            c += 1;
        }
        r += 1;
    }
    next
}

pub const fn population(b: &Board) -> u32 {
    let mut p = 0;
    let mut i = 0;
    while i < N * N {
        p += b[i / N][i % N] as u32;
        i += 1;
    }
    p
}

pub const fn same(a: &Board, b: &Board) -> bool {
    let mut i = 0;
    while i < N * N {
        if a[i / N][i % N] != b[i / N][i % N] {
            return false;
        }
        i += 1;
    }
    true
}

pub const fn period(start: &Board, max: u32) -> Option<u32> {
    let mut b = step(start);
    let mut k = 1;
    while k <= max {
        if same(&b, start) {
            return Some(k);
        }
        b = step(&b);
        k += 1;
    }
    None
}

pub const fn render_row(b: &Board, r: usize) -> [u8; N] {
    let mut out = [b'.'; N];
    let mut c = 0;
    while c < N {
        if b[r][c] {
            out[c] = b'#';
        }
        c += 1;
    }
    out
}

pub const BLINKER: Board = from_rows([b"", b"", b"..###", b"", b"", b"", b"", b""]);
pub const GLIDER: Board = from_rows([b".#", b"..#", b"###", b"", b"", b"", b"", b""]);
pub const BLOCK: Board = from_rows([b"", b".##", b".##", b"", b"", b"", b"", b""]);

pub const BLINKER_NEXT_ROWS: [[u8; N]; 3] = {
    let b = step(&BLINKER);
    [render_row(&b, 1), render_row(&b, 2), render_row(&b, 3)]
};
pub const PERIODS: [Option<u32>; 3] = [period(&BLINKER, 10), period(&BLOCK, 10), period(&GLIDER, 40)];
pub const POPULATIONS: [u32; 3] = [population(&BLINKER), population(&GLIDER), population(&step(&step(&GLIDER)))];
pub const NEIGHBOURS_CENTER: u8 = neighbours(&BLOCK, 1, 1);
pub const CORNER_WRAP: u8 = neighbours(&from_rows([b"#......#", b"", b"", b"", b"", b"", b"", b"#......#"]), 0, 0);
