// Building and taking apart floats through their bit patterns.
pub const ONE_BITS: u64 = 1.0_f64.to_bits();
pub const FROM_BITS: f64 = f64::from_bits(0x4009_21FB_5444_2D18);
pub const FROM_BITS_F32: f32 = f32::from_bits(0x3F80_0001);
pub const MAX_SUBNORMAL: f64 = f64::from_bits(0x000F_FFFF_FFFF_FFFF);
pub const MIN_SUBNORMAL_F32: f32 = f32::from_bits(1);
pub const NEG_INF: f64 = f64::from_bits(0xFFF0_0000_0000_0000);
pub const QUIET_NAN_IS_NAN: bool = f64::from_bits(0x7FF8_0000_0000_0001).is_nan();
pub const NAN_SIGN: bool = f32::from_bits(0xFFC0_0000).is_sign_negative();

pub const fn decompose(x: f64) -> (bool, i32, u64) {
    let b = x.to_bits();
    let sign = b >> 63 == 1;
    let exp = ((b >> 52) & 0x7FF) as i32;
    let mant = b & ((1 << 52) - 1);
    (sign, exp - 1023, mant)
}

pub const fn compose(sign: bool, exp: i32, mant: u64) -> f64 {
    let b = ((sign as u64) << 63) | (((exp + 1023) as u64 & 0x7FF) << 52) | (mant & ((1 << 52) - 1));
    f64::from_bits(b)
}

pub const fn next_up(x: f32) -> f32 {
    let b = x.to_bits();
    if x.is_nan() || x == f32::INFINITY {
        x
    } else if b == 0x8000_0000 || b == 0 {
        f32::from_bits(1)
    } else if b >> 31 == 0 {
        f32::from_bits(b + 1)
    } else {
        f32::from_bits(b - 1)
    }
}

pub const fn total_key(x: f64) -> i64 {
    let mut b = x.to_bits() as i64;
    b ^= (((b >> 63) as u64) >> 1) as i64;
    b
}

pub const PARTS_NEG: (bool, i32, u64) = decompose(-6.25);
pub const PARTS_TINY: (bool, i32, u64) = decompose(f64::MIN_POSITIVE);
pub const PARTS_NEG_ZERO: (bool, i32, u64) = decompose(-0.0);
pub const COMPOSED: f64 = compose(true, 3, 1 << 51);
pub const COMPOSED_INF: f64 = compose(false, 1024, 0);
pub const AFTER_ONE: f32 = next_up(1.0);
pub const AFTER_NEG_ZERO: f32 = next_up(-0.0);
pub const AFTER_NEG: f32 = next_up(-1.0);
pub const AFTER_MAX: f32 = next_up(f32::MAX);
pub const ORDER: bool = total_key(-1.0) < total_key(-0.0) && total_key(-0.0) < total_key(0.0) && total_key(0.0) < total_key(f64::MIN_POSITIVE);
pub const KEYS: [i64; 3] = [total_key(-2.0), total_key(0.5), total_key(f64::INFINITY)];
pub const ROUNDTRIP_F32: u32 = f32::from_bits(0x4049_0FDB).to_bits();
pub const F32_TO_F64: f64 = f32::from_bits(0x3DCC_CCCD) as f64;
pub const LE_BYTES: [u8; 8] = 1.5_f64.to_le_bytes();
pub const FROM_BE: f32 = f32::from_be_bytes([0x42, 0x28, 0, 0]);
pub const FROM_NE_ROUNDTRIP: f64 = f64::from_ne_bytes(2.5_f64.to_ne_bytes());
