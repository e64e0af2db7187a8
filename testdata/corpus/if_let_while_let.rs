// if let, let-else, while let in const fns.
const fn first_some(xs: &[Option<u8>]) -> u8 {
    let mut i = 0;
    while i < xs.len() {
        if let Some(v) = xs[i] {
            return v;
        }
        i += 1;
    }
    0
}

pub const FIRST: u8 = first_some(&[None, None, Some(9), Some(1)]);
pub const NONE_FIRST: u8 = first_some(&[None]);

const fn pop_all(mut stack: [Option<u16>; 5]) -> (u16, usize) {
    let mut top = 4;
    let mut sum = 0;
    let mut count = 0;
    while let Some(v) = stack[top] {
        sum += v;
        count += 1;
        stack[top] = None;
        if top == 0 {
            break;
        }
        top -= 1;
    }
    (sum, count)
}

pub const POPPED: (u16, usize) = pop_all([Some(1), None, Some(3), Some(4), Some(5)]);

const fn digits_rev(mut n: u32) -> [u8; 10] {
    let mut out = [0u8; 10];
    let mut i = 0;
    while let 1.. = n {
        out[i] = (n % 10) as u8;
        n /= 10;
        i += 1;
    }
    out
}

pub const DIGITS: [u8; 10] = digits_rev(40960);

const fn let_else(o: Option<i32>) -> i32 {
    let Some(v) = o else {
        return -1;
    };
    v * 2
}

pub const LET_ELSE: (i32, i32) = (let_else(Some(21)), let_else(None));

const fn if_let_chain(r: Result<u8, &str>) -> usize {
    if let Ok(n) = r {
        n as usize
    } else if let Err(s) = r {
        s.len()
    } else {
        0
    }
}

pub const CHAIN: (usize, usize) = (if_let_chain(Ok(5)), if_let_chain(Err("error")));

const fn walk(list: &[(u8, bool)]) -> u8 {
    let mut i = 0;
    let mut acc = 0;
    while let Some(&(v, cont)) = if i < list.len() { Some(&list[i]) } else { None } {
        acc += v;
        if !cont {
            break;
        }
        i += 1;
    }
    acc
}

pub const WALKED: u8 = walk(&[(1, true), (2, true), (3, false), (100, true)]);
