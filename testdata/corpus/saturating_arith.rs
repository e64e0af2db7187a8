// saturating_* integer methods.
pub const ADD: u8 = 250u8.saturating_add(10);
pub const SUB: u8 = 5u8.saturating_sub(10);
pub const ADD_I: i8 = 100i8.saturating_add(100);
pub const SUB_I: i8 = (-100i8).saturating_sub(100);
pub const MUL: i32 = i32::MIN.saturating_mul(2);
pub const MUL_U: u64 = u64::MAX.saturating_mul(2);
pub const POW: i16 = (-3i16).saturating_pow(11);
pub const NEG: i32 = i32::MIN.saturating_neg();
pub const ABS: i64 = i64::MIN.saturating_abs();
pub const DIV: i32 = i32::MIN.saturating_div(-1);
pub const ADD128: i128 = i128::MAX.saturating_add(1);
pub const SUB_SIZE: usize = 3usize.saturating_sub(5);
pub const ADD_SIGNED: u32 = 5u32.saturating_add_signed(-10);

const fn clamp_sum(xs: &[i8]) -> i8 {
    let mut acc: i8 = 0;
    let mut i = 0;
    while i < xs.len() {
        acc = acc.saturating_add(xs[i]);
        i += 1;
    }
    acc
}

pub const CLAMP_HI: i8 = clamp_sum(&[100, 100, -50]);
pub const CLAMP_LO: i8 = clamp_sum(&[-100, -100, 50]);
pub const CLAMP_MID: i8 = clamp_sum(&[1, 2, 3, -4]);

pub fn runtime_demo(x: u8) -> u8 {
    let v: Vec<u8> = (0..x).map(|i| i.saturating_mul(40)).collect();
    v.iter().fold(0u8, |a, b| a.saturating_add(*b))
}
