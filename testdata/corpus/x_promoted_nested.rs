// Promoted constants inside nested const fns: returned references, borrowed literals, &CONST.
pub const TABLE: [u16; 4] = [10, 20, 30, 40];

pub const fn table() -> &'static [u16; 4] {
    &TABLE
}

pub const fn literal_slice() -> &'static [i8] {
    &[-1, 0, 1]
}

pub const fn pick(i: usize) -> &'static str {
    let names: &[&str] = &["zero", "one", "two"];
    if i < names.len() { names[i] } else { "many" }
}

pub const fn nested_ref(which: bool) -> &'static (u8, &'static [u8]) {
    if which { &(1, &[1, 1]) } else { &(2, b"ab") }
}

const fn inner_sum(s: &[u16]) -> u32 {
    let mut t = 0;
    let mut i = 0;
    while i < s.len() {
        t += s[i] as u32;
        i += 1;
    }
    t
}

const fn middle() -> u32 {
    inner_sum(table()) + inner_sum(&[1, 2, 3]) + inner_sum(&TABLE)
}

pub const fn outer() -> u32 {
    middle() * 2 + *&7
}

pub const fn default_ref() -> &'static Option<u32> {
    &Some(5)
}

pub const fn boxed_like(n: u8) -> &'static [u8] {
    match n {
        0 => &[],
        1 => &[0xAA],
        _ => &[0xBB, 0xCC],
    }
}

pub const TABLE_SUM: u32 = inner_sum(table());
pub const LIT: &[i8] = literal_slice();
pub const LIT_LEN: usize = literal_slice().len();
pub const PICKS: [&str; 4] = [pick(0), pick(1), pick(2), pick(3)];
pub const NESTED_T: &(u8, &[u8]) = nested_ref(true);
pub const NESTED_F: (u8, usize) = (nested_ref(false).0, nested_ref(false).1.len());
pub const OUTER: u32 = outer();
pub const DEFAULT: Option<u32> = *default_ref();
pub const BOXED: [&[u8]; 3] = [boxed_like(0), boxed_like(1), boxed_like(9)];
pub const REF_OF_REF: &&u16 = &&TABLE[2];
pub const ADDR_EQ: bool = TABLE_SUM == 100;
pub static IN_STATIC: &[u16] = table();
pub const PROMOTED_ARITH: &i32 = &(3 * 7 - 1);
pub const TUPLE_REF: &(char, bool) = &('x', true);
