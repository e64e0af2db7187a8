// Associated consts on a trait, implemented for several primitive types.
pub trait Bits {
    const WIDTH: u32;
    const MASK: u64 = if Self::WIDTH == 64 { u64::MAX } else { (1u64 << Self::WIDTH) - 1 };
    const SIGNED: bool;
    const NAME: &'static str;
}

impl Bits for u8 {
    const WIDTH: u32 = 8;
    const SIGNED: bool = false;
    const NAME: &'static str = "u8";
}
impl Bits for i16 {
    const WIDTH: u32 = 16;
    const SIGNED: bool = true;
    const NAME: &'static str = "i16";
}
impl Bits for u32 {
    const WIDTH: u32 = u32::BITS;
    const SIGNED: bool = false;
    const NAME: &'static str = "u32";
    const MASK: u64 = u32::MAX as u64;
}
impl Bits for i64 {
    const WIDTH: u32 = 64;
    const SIGNED: bool = true;
    const NAME: &'static str = "i64";
}
impl Bits for bool {
    const WIDTH: u32 = 1;
    const SIGNED: bool = false;
    const NAME: &'static str = "bool";
}

pub trait Zero {
    const ZERO: Self;
    const ONE: Self;
}
impl Zero for u16 {
    const ZERO: u16 = 0;
    const ONE: u16 = 1;
}
impl Zero for f32 {
    const ZERO: f32 = 0.0;
    const ONE: f32 = 1.0;
}
impl Zero for (u8, i8) {
    const ZERO: (u8, i8) = (0, 0);
    const ONE: (u8, i8) = (1, 1);
}

pub const U8_WIDTH: u32 = <u8 as Bits>::WIDTH;
pub const U8_MASK: u64 = <u8 as Bits>::MASK;
pub const I16_MASK: u64 = <i16 as Bits>::MASK;
pub const U32_MASK: u64 = <u32 as Bits>::MASK;
pub const I64_MASK: u64 = <i64 as Bits>::MASK;
pub const BOOL_MASK: u64 = <bool as Bits>::MASK;
pub const TOTAL_WIDTH: u32 = u8::WIDTH + <i16 as Bits>::WIDTH + <u32 as Bits>::WIDTH + <i64 as Bits>::WIDTH;
pub const NAMES: [&str; 5] = [u8::NAME, i16::NAME, <u32 as Bits>::NAME, i64::NAME, bool::NAME];
pub const SIGNED_COUNT: u32 = i16::SIGNED as u32 + i64::SIGNED as u32 + <u8 as Bits>::SIGNED as u32;
pub const ZEROS: (u16, f32, (u8, i8)) = (u16::ZERO, <f32 as Zero>::ONE, <(u8, i8)>::ONE);

pub const fn width_of<T: Bits>() -> u32 {
    T::WIDTH
}
pub const fn mask_of<T: Bits>() -> u64 {
    T::MASK
}
pub const GENERIC_WIDTHS: [u32; 3] = [width_of::<u8>(), width_of::<i64>(), width_of::<bool>()];
pub const GENERIC_MASK: u64 = mask_of::<i16>() ^ mask_of::<u8>();
