// Block expressions, shadowing across scopes, deferred initialization
// (`let x;` assigned in branches), `if` as an expression in many
// positions, and early `return` from nested blocks.

const fn normalize(input: i32) -> u32 {
    let x = input;
    let x = if x < 0 { -x } else { x };
    let x = x as u32;
    let x = {
        let y = x * 2;
        let x = y + 1;
        x
    };
    x
}

const fn tier(points: u32) -> (&'static str, u8) {
    let name;
    let level: u8;
    if points >= 1000 {
        name = "gold";
        level = 3;
    } else if points >= 100 {
        name = "silver";
        level = 2;
    } else {
        name = "bronze";
        level = if points == 0 { 0 } else { 1 };
    }
    (name, level)
}

const fn first_negative(xs: &[i32]) -> Option<usize> {
    let mut i = 0;
    while i < xs.len() {
        {
            let v = xs[i];
            if v < 0 {
                return Some(i);
            }
        }
        i += 1;
    }
    None
}

const fn nested_scopes() -> [i32; 4] {
    let a = 1;
    let mut out = [0; 4];
    {
        let a = a + 10;
        out[0] = a;
        {
            let a = a * 2;
            out[1] = a;
        }
        out[2] = a;
    }
    out[3] = a;
    out
}

const fn sign_str(x: i64) -> &'static str {
    match x {
        0 => return "zero",
        _ => {}
    }
    if x > 0 { "positive" } else { "negative" }
}

const fn clamp_sum(xs: &[u8], cap: u32) -> u32 {
    let mut sum = 0;
    let mut i = 0;
    while i < xs.len() {
        sum = {
            let next = sum + xs[i] as u32;
            if next > cap {
                return cap;
            }
            next
        };
        i += 1;
    }
    sum
}

pub const NORMALIZED: [u32; 3] = [normalize(-7), normalize(0), normalize(20)];
pub const TIERS: [(&str, u8); 4] = [tier(0), tier(5), tier(150), tier(5000)];
pub const FIRST_NEG: [Option<usize>; 2] = [first_negative(&[3, 4, -1, -5]), first_negative(&[1])];
pub const SCOPES: [i32; 4] = nested_scopes();
pub const SIGNS: [&str; 3] = [sign_str(-3), sign_str(0), sign_str(99)];
pub const CLAMPED: [u32; 2] = [clamp_sum(&[100, 100, 100], 250), clamp_sum(&[1, 2, 3], 250)];
pub const BLOCK_VALUE: u64 = {
    let base = 7u64;
    let base = base.pow(3);
    let extra = {
        let t = base % 10;
        t * t
    };
    base + extra
};
pub const IF_IN_ARRAY: [u8; 3] = [if true { 1 } else { 2 }, if BLOCK_VALUE > 1000 { 3 } else { 4 }, { 5 }];
