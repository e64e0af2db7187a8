// loop, while, labeled break/continue and break with a value.
const fn first_pair_sum(target: u32) -> (u32, u32) {
    let mut found = (0, 0);
    let mut a = 1;
    'outer2: while a < 50 {
        let mut b = a;
        while b < 50 {
            if a * a + b * b == target {
                found = (a, b);
                break 'outer2;
            }
            b += 1;
        }
        a += 1;
    }
    found
}


pub const PAIR: (u32, u32) = first_pair_sum(25 * 25);

const fn loop_value(limit: u64) -> u64 {
    let mut n = 1u64;
    let r = loop {
        n *= 3;
        if n > limit {
            break n;
        }
    };
    r - 1
}

pub const LOOP_VALUE: u64 = loop_value(1_000_000);

const fn count_skips(n: u32) -> u32 {
    let mut i = 0;
    let mut counted = 0;
    'l: loop {
        i += 1;
        if i > n {
            break 'l;
        }
        if i % 3 == 0 {
            continue 'l;
        }
        counted += 1;
    }
    counted
}

pub const SKIPS: u32 = count_skips(30);

const fn labeled_block(x: i32) -> &'static str {
    let r = 'b: {
        if x < 0 {
            break 'b "neg";
        }
        if x == 0 {
            break 'b "zero";
        }
        "pos"
    };
    r
}

pub const BLOCKS: [&str; 3] = [labeled_block(-1), labeled_block(0), labeled_block(1)];

const fn collatz(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

pub const COLLATZ_27: u32 = collatz(27);
pub const COLLATZ_97: u32 = collatz(97);

const fn primes<const N: usize>() -> [u32; N] {
    let mut out = [0u32; N];
    let mut count = 0;
    let mut cand = 2;
    'next: while count < N {
        let mut d = 2;
        while d * d <= cand {
            if cand % d == 0 {
                cand += 1;
                continue 'next;
            }
            d += 1;
        }
        out[count] = cand;
        count += 1;
        cand += 1;
    }
    out
}

pub const PRIMES: [u32; 10] = primes::<10>();
pub static STATIC_LOOP: u64 = loop_value(100);
