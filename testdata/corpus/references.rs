// References: &T, &&T, references in structs and tuples.
#[derive(Debug)]
pub struct Holder<'a> {
    pub name: &'a str,
    pub value: &'a u32,
    pub list: &'a [i16],
}

#[derive(Debug)]
pub struct Pair<'a>(pub &'a u8, pub &'a &'a u8);

pub const N: u32 = 42;
pub const R: &u32 = &N;
pub const RR: &&u32 = &R;
pub const RRR: &&&i8 = &&&-3;
pub const DEREF: u32 = **RR + 1;
pub const REF_TUPLE: (&u8, &bool) = (&1, &true);
pub const REF_ARRAY: &[u8; 3] = &[7, 8, 9];
pub const ARRAY_OF_REFS: [&u16; 2] = [&100, &200];
pub const HOLDER: Holder<'static> = Holder { name: "h", value: &N, list: &[-1, 2, -3] };
pub const HOLDER_VALUE: u32 = *HOLDER.value;
pub const HOLDER_LIST_LEN: usize = HOLDER.list.len();
pub const PAIR: Pair<'static> = Pair(&5, &&6);
pub const OPT_REF: Option<&u32> = Some(&N);
pub const REF_OPT: &Option<u32> = &Some(9);
pub const STR_REF: &&str = &"nested str";

const fn pick<'a>(a: &'a u32, b: &'a u32, first: bool) -> &'a u32 {
    if first { a } else { b }
}

pub const PICKED: &u32 = pick(&1, &2, false);

const fn sum_refs(xs: &[&u32]) -> u32 {
    let mut s = 0;
    let mut i = 0;
    while i < xs.len() {
        s += *xs[i];
        i += 1;
    }
    s
}

pub const SUM_REFS: u32 = sum_refs(&[&1, &2, &N]);

pub static S_A: u32 = 11;
pub static S_REF: &u32 = &S_A;
pub static S_REF_REF: &&u32 = &S_REF;
