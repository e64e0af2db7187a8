// mem::size_of / align_of of core types: tuples, arrays, niche-optimized Options, Results.
use core::mem::{align_of, size_of, size_of_val};
use core::num::{NonZeroU32, NonZeroU8, NonZeroUsize};

pub const TUPLES: [usize; 5] = [
    size_of::<()>(),
    size_of::<(u8, u32)>(),
    size_of::<(u8, u16, u8)>(),
    size_of::<(u64, u8)>(),
    size_of::<(u8, (u8, u8), u16)>(),
];
pub const ARRAYS: [usize; 4] = [size_of::<[u8; 0]>(), size_of::<[u16; 7]>(), size_of::<[[u32; 3]; 2]>(), size_of::<[(u8, u16); 3]>()];
pub const OPT_REF: usize = size_of::<Option<&u8>>();
pub const OPT_SLICE: usize = size_of::<Option<&[u8]>>();
pub const OPT_STR: usize = size_of::<Option<&str>>();
pub const OPT_NZ: usize = size_of::<Option<NonZeroU32>>();
pub const OPT_NZ8: usize = size_of::<Option<NonZeroU8>>();
pub const OPT_CHAR: usize = size_of::<Option<char>>();
pub const OPT_OPT_CHAR: usize = size_of::<Option<Option<char>>>();
pub const OPT_BOOL: usize = size_of::<Option<bool>>();
pub const OPT_U32: usize = size_of::<Option<u32>>();
pub const OPT_U64: usize = size_of::<Option<u64>>();
pub const OPT_UNIT: usize = size_of::<Option<()>>();
pub const RES_U8_UNIT: usize = size_of::<Result<u8, ()>>();
pub const RES_U32_U8: usize = size_of::<Result<u32, u8>>();
pub const RES_REF: usize = size_of::<Result<&u64, ()>>();
pub const RES_NZ_UNIT: usize = size_of::<Result<NonZeroUsize, ()>>();
pub const ORDERING: usize = size_of::<core::cmp::Ordering>();
pub const OPT_ORDERING: usize = size_of::<Option<core::cmp::Ordering>>();
pub const FN_PTR: (usize, usize) = (size_of::<fn(u8) -> u8>(), size_of::<Option<fn()>>());
pub const RAW: (usize, usize) = (size_of::<*const u8>(), size_of::<*const [u8]>());
pub const REF_DYN_SIZE: usize = size_of::<&dyn core::fmt::Debug>();
pub const ALIGNS: [usize; 6] = [align_of::<u8>(), align_of::<u16>(), align_of::<u128>(), align_of::<(u8, u32)>(), align_of::<[u64; 0]>(), align_of::<f64>()];
pub const CHAR_BOOL: (usize, usize) = (size_of::<char>(), size_of::<bool>());
pub const USIZE_BITS: usize = size_of::<usize>() * 8;
pub const VAL_ARRAY: usize = size_of_val(&[0u16; 9]);
pub const VAL_STR: usize = size_of_val("hello");
pub const VAL_SLICE: usize = size_of_val::<[u32]>(&[1, 2, 3]);

pub struct Pair {
    pub a: u8,
    pub b: u64,
    pub c: u8,
}
pub enum Small {
    A,
    B(u8),
    C { x: u16 },
}
pub const PAIR: usize = size_of::<Pair>();
pub const SMALL: usize = size_of::<Small>();
pub const OPT_SMALL: usize = size_of::<Option<Small>>();
pub const NZ: Option<NonZeroU32> = NonZeroU32::new(5);
pub const NZ_ZERO: Option<NonZeroU32> = NonZeroU32::new(0);
pub const NZ_GET: u32 = match NZ {
    Some(n) => n.get(),
    None => 0,
};
pub const LAYOUT: (usize, usize) = {
    let l = core::alloc::Layout::new::<(u8, u64)>();
    (l.size(), l.align())
};
