// Float <-> integer casts, including saturation and NaN.
pub const F_TO_U8: u8 = 300.7f64 as u8;
pub const F_TO_U8_NEG: u8 = -5.5f64 as u8;
pub const F_TO_I8: i8 = -200.0f32 as i8;
pub const F_TO_I32: i32 = 3.99f64 as i32;
pub const F_TO_I32_NEG: i32 = -3.99f64 as i32;
pub const NAN_TO_I32: i32 = f64::NAN as i32;
pub const INF_TO_U64: u64 = f64::INFINITY as u64;
pub const NEG_INF_TO_I64: i64 = f64::NEG_INFINITY as i64;
pub const BIG_TO_I128: i128 = 1e30f64 as i128;
pub const F32_TO_U128: u128 = f32::MAX as u128;
pub const I_TO_F64: f64 = -7i32 as f64;
pub const U64_TO_F64: f64 = u64::MAX as f64;
pub const U64_TO_F32: f32 = u64::MAX as f32;
pub const I128_TO_F32: f32 = i128::MIN as f32;
pub const BIG_ODD_TO_F32: f32 = 16_777_217u32 as f32;
pub const F64_TO_F32: f32 = 0.1f64 as f32;
pub const F32_TO_F64: f64 = 0.1f32 as f64;
pub const HUGE_TO_F32: f32 = 1e300f64 as f32;
pub const TINY_TO_F32: f32 = 1e-300f64 as f32;
pub const BITS_F32: u32 = 1.5f32.to_bits();
pub const BITS_F64: u64 = (-2.0f64).to_bits();
pub const FROM_BITS: f32 = f32::from_bits(0x4049_0fdb);

const fn to_ints(x: f64) -> (u8, i16, u32, i64) {
    (x as u8, x as i16, x as u32, x as i64)
}

pub const INTS_A: (u8, i16, u32, i64) = to_ints(-1e10);
pub const INTS_B: (u8, i16, u32, i64) = to_ints(65_537.9);
pub static ROUNDTRIP: f64 = (1u64 << 53) as f64 + 1.0;
