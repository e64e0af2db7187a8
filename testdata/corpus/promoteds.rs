// Promoted temporaries: &[..], &(expr), &Struct in consts and const fns.
#[derive(Debug)]
pub struct Cfg {
    pub a: u8,
    pub b: &'static str,
}

pub const SUM: &u32 = &(1 + 2);
pub const ARR: &[i32] = &[1, -2, 3];
pub const NESTED: &[&[u8]] = &[&[1], &[2, 3]];
pub const CFG: &Cfg = &Cfg { a: 1, b: "b" };
pub const TUPLE: &(u8, char) = &(255, 'x');
pub const OPT: &Option<&u8> = &Some(&4);
pub const STRS: &[&str; 2] = &["p", "q"];
pub const BIG: &u128 = &(u128::MAX / 3);
pub const NEG: &i16 = &-300;
pub const FLOAT: &f64 = &(0.1 + 0.7);

const fn lookup(i: usize) -> u32 {
    let table: &[u32; 4] = &[10, 20, 30, 40];
    table[i]
}

pub const LOOKUP: u32 = lookup(2);

const fn default_name() -> &'static str {
    let names = &["zero", "one"];
    names[1]
}

pub const NAME: &str = default_name();

const fn sum_promoted() -> i32 {
    let a = &(40 + 2);
    let b = &[1, 2, 3];
    *a + b[0] + b[2]
}

pub const SUM_PROMOTED: i32 = sum_promoted();

const fn pick(flag: bool) -> &'static Cfg {
    if flag { &Cfg { a: 10, b: "ten" } } else { &Cfg { a: 20, b: "twenty" } }
}

pub const PICK_T: &Cfg = pick(true);
pub const PICK_F: u8 = pick(false).a;
pub static STATIC_PROMOTED: &[u16] = &[7, 7, 7];

pub fn runtime_refs() -> usize {
    let r: &[&str] = &["x", "y", "z"];
    let v: Vec<usize> = r.iter().map(|s| s.len()).collect();
    v.len()
}
