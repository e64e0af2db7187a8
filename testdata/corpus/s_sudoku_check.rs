// Compile-time validation of a Sudoku grid: bit masks per row, column and
// box, labeled loops for the first conflict, and a solver for one missing
// cell per row.

pub type Grid = [[u8; 9]; 9];

pub const SOLVED: Grid = [
    [5, 3, 4, 6, 7, 8, 9, 1, 2],
    [6, 7, 2, 1, 9, 5, 3, 4, 8],
    [1, 9, 8, 3, 4, 2, 5, 6, 7],
    [8, 5, 9, 7, 6, 1, 4, 2, 3],
    [4, 2, 6, 8, 5, 3, 7, 9, 1],
    [7, 1, 3, 9, 2, 4, 8, 5, 6],
    [9, 6, 1, 5, 3, 7, 2, 8, 4],
    [2, 8, 7, 4, 1, 9, 6, 3, 5],
    [3, 4, 5, 2, 8, 6, 1, 7, 9],
];

pub const ALL: u16 = 0b11_1111_1110;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    BadDigit { row: usize, col: usize },
    Duplicate { row: usize, col: usize, digit: u8 },
}

pub const fn check(g: &Grid) -> Result<(), Problem> {
    let mut rows = [0u16; 9];
    let mut cols = [0u16; 9];
    let mut boxes = [0u16; 9];
    let mut r = 0;
    while r < 9 {
        let mut c = 0;
        while c < 9 {
            let d = g[r][c];
            if d == 0 {
                c += 1;
                continue;
            }
            if d > 9 {
                return Err(Problem::BadDigit { row: r, col: c });
            }
            let bit = 1u16 << d;
            let b = r / 3 * 3 + c / 3;
            if rows[r] & bit != 0 || cols[c] & bit != 0 || boxes[b] & bit != 0 {
                return Err(Problem::Duplicate { row: r, col: c, digit: d });
            }
            rows[r] |= bit;
            cols[c] |= bit;
            boxes[b] |= bit;
            c += 1;
        }
        r += 1;
    }
    Ok(())
}

pub const fn is_complete(g: &Grid) -> bool {
    let mut r = 0;
    'rows: while r < 9 {
        let mut c = 0;
        while c < 9 {
            if g[r][c] == 0 {
                break 'rows;
            }
            c += 1;
        }
        r += 1;
    }
    r == 9 && matches!(check(g), Ok(()))
}

// Fills each row's single empty cell with the missing digit.
pub const fn fill_rows(mut g: Grid) -> Grid {
    let mut r = 0;
    while r < 9 {
        let mut seen = 0u16;
        let mut hole = None;
        let mut c = 0;
        while c < 9 {
            match g[r][c] {
                0 => hole = Some(c),
                d => seen |= 1 << d,
            }
            c += 1;
        }
        if let Some(c) = hole {
            let missing = ALL & !seen;
            g[r][c] = missing.trailing_zeros() as u8;
        }
        r += 1;
    }
    g
}

const fn with(mut g: Grid, r: usize, c: usize, d: u8) -> Grid {
    g[r][c] = d;
    g
}

pub const HOLES: Grid = with(with(with(SOLVED, 0, 0, 0), 4, 4, 0), 8, 2, 0);
pub const SOLVED_OK: Result<(), Problem> = check(&SOLVED);
pub const COMPLETE: (bool, bool) = (is_complete(&SOLVED), is_complete(&HOLES));
pub const REFILLED: Grid = fill_rows(HOLES);
pub const REFILLED_SAME: bool = {
    let mut same = true;
    let mut i = 0;
    while i < 81 {
        same &= REFILLED[i / 9][i % 9] == SOLVED[i / 9][i % 9];
        i += 1;
    }
    same
};
pub const DUPLICATE: Result<(), Problem> = check(&with(SOLVED, 0, 1, 5));
pub const BAD_DIGIT: Result<(), Problem> = check(&with(SOLVED, 3, 3, 12));
