// Statics, statics referring to statics, consts referring to statics' values.
pub static A: u32 = 10;
pub static B: &u32 = &A;
pub static C: &&u32 = &B;
pub static ARR: [u32; 3] = [1, 2, 3];
pub static ARR_REF: &[u32] = &ARR;
pub static NAME: &str = "static name";
pub static NAME_REF: &&str = &NAME;
pub static PAIR: (&u32, &[u32; 3]) = (&A, &ARR);
pub static mut COUNTER: u64 = 5;
pub static COPY_OF_CONST: u16 = K * 2;
pub const K: u16 = 21;
pub const FROM_CONST_FN: u32 = len3(&[1, 2, 3]);

const fn len3(x: &[u32; 3]) -> u32 {
    x.len() as u32
}

#[derive(Debug)]
pub struct Registry {
    pub entries: &'static [&'static str],
    pub default: &'static u32,
}

pub static REGISTRY: Registry = Registry { entries: &["alpha", "beta"], default: &A };
pub static NESTED: Option<&Registry> = Some(&REGISTRY);
pub static STATIC_OF_STATIC_VALUE: u32 = {
    let x = 7;
    x * 6
};

pub fn bump() -> u64 {
    unsafe {
        COUNTER += 1;
        COUNTER
    }
}
