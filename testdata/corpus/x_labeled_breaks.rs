// Labeled loops: `break 'outer value`, `continue 'label`, labeled blocks.
pub const GRID: [[u8; 5]; 4] = [
    [1, 3, 5, 7, 9],
    [2, 4, 6, 8, 10],
    [11, 13, 42, 17, 19],
    [0, 0, 0, 0, 99],
];

pub const fn find(target: u8) -> Option<(usize, usize)> {
    let found = 'outer: {
        let mut r = 0;
        while r < GRID.len() {
            let mut c = 0;
            while c < GRID[r].len() {
                if GRID[r][c] == target {
                    break 'outer Some((r, c));
                }
                c += 1;
            }
            r += 1;
        }
        None
    };
    found
}

pub const fn first_pythagorean(limit: u32) -> (u32, u32, u32) {
    let mut a = 1;
    'search: loop {
        let mut b = a;
        while b < limit {
            let c2 = a * a + b * b;
            let c = c2.isqrt();
            if c * c == c2 && a > 10 {
                break 'search (a, b, c);
            }
            b += 1;
        }
        a += 1;
        if a >= limit {
            break 'search (0, 0, 0);
        }
    }
}

pub const fn count_skipping_rows(skip_above: u8) -> u32 {
    let mut n = 0;
    let mut r = 0;
    'rows: while r < 4 {
        let row = GRID[r];
        r += 1;
        let mut c = 0;
        while c < 5 {
            if row[c] > skip_above {
                continue 'rows;
            }
            c += 1;
        }
        n += 1;
    }
    n
}

pub const fn collatz_steps(mut n: u64) -> u32 {
    let mut steps = 0;
    let steps = 'done: loop {
        if n == 1 {
            break 'done steps;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    };
    steps
}

pub const fn nested_value() -> i32 {
    let v = 'a: {
        let x = 'b: {
            if GRID[0][0] == 1 {
                break 'b 10;
            }
            20
        };
        if x > 5 {
            break 'a x * 3;
        }
        x
    };
    v + 1
}

pub const FOUND_42: Option<(usize, usize)> = find(42);
pub const FOUND_99: Option<(usize, usize)> = find(99);
pub const MISSING: Option<(usize, usize)> = find(100);
pub const PYTH: (u32, u32, u32) = first_pythagorean(100);
pub const PYTH_NONE: (u32, u32, u32) = first_pythagorean(11);
pub const ROWS_SMALL: u32 = count_skipping_rows(10);
pub const ROWS_ALL: u32 = count_skipping_rows(255);
pub const COLLATZ_27: u32 = collatz_steps(27);
pub const COLLATZ_1: u32 = collatz_steps(1);
pub const NESTED: i32 = nested_value();
