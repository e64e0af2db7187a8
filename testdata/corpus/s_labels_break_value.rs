// Loops that produce values: `break value` out of `loop`, labeled loops and
// blocks, `continue` to an outer label — the shapes of search routines.

const GRID: [[u8; 5]; 4] = [
    [3, 8, 1, 9, 4],
    [7, 2, 6, 0, 5],
    [1, 1, 8, 3, 9],
    [4, 6, 2, 7, 0],
];

// First (row, col) holding `want`, scanning rows then columns.
const fn find(want: u8) -> Option<(usize, usize)> {
    let mut r = 0;
    let found = 'rows: loop {
        if r == GRID.len() {
            break 'rows None;
        }
        let mut c = 0;
        while c < GRID[r].len() {
            if GRID[r][c] == want {
                break 'rows Some((r, c));
            }
            c += 1;
        }
        r += 1;
    };
    found
}

// Rows whose entries are all non-zero, as a bit mask.
const fn full_rows() -> u8 {
    let mut mask = 0u8;
    let mut r = 0;
    'next_row: while r < GRID.len() {
        let row = r;
        r += 1;
        let mut c = 0;
        while c < 5 {
            if GRID[row][c] == 0 {
                continue 'next_row;
            }
            c += 1;
        }
        mask |= 1 << row;
    }
    mask
}

// Smallest n with n*n >= x, with a plain loop and break value.
const fn isqrt_ceil(x: u32) -> u32 {
    let mut n = 0;
    loop {
        if n * n >= x {
            break n;
        }
        n += 1;
    }
}

// A labeled block used as an early exit.
const fn classify(x: i32) -> &'static str {
    let kind = 'done: {
        if x < 0 {
            break 'done "negative";
        }
        if x == 0 {
            break 'done "zero";
        }
        if x % 2 == 0 {
            break 'done "even";
        }
        "odd"
    };
    kind
}

// Collatz steps, counting with nested loops and an outer label.
const fn collatz_steps(mut n: u64) -> u32 {
    let mut steps = 0;
    'outer: loop {
        loop {
            if n == 1 {
                break 'outer;
            }
            if n % 2 == 1 {
                break;
            }
            n /= 2;
            steps += 1;
        }
        n = 3 * n + 1;
        steps += 1;
    }
    steps
}

// Sum of the elements before the first zero in each row.
const fn prefix_sums() -> [u32; 4] {
    let mut out = [0u32; 4];
    let mut r = 0;
    while r < 4 {
        let mut c = 0;
        let total = loop {
            if c == 5 || GRID[r][c] == 0 {
                break out[r];
            }
            out[r] += GRID[r][c] as u32;
            c += 1;
        };
        out[r] = total * 10 + c as u32;
        r += 1;
    }
    out
}

pub const FIND_9: Option<(usize, usize)> = find(9);
pub const FIND_6: Option<(usize, usize)> = find(6);
pub const FIND_42: Option<(usize, usize)> = find(42);
pub const FULL_ROWS: u8 = full_rows();
pub const ISQRT_50: u32 = isqrt_ceil(50);
pub const ISQRT_49: u32 = isqrt_ceil(49);
pub const KINDS: [&str; 4] = [classify(-5), classify(0), classify(12), classify(7)];
pub const COLLATZ_27: u32 = collatz_steps(27);
pub const COLLATZ_1: u32 = collatz_steps(1);
pub const PREFIX: [u32; 4] = prefix_sums();
