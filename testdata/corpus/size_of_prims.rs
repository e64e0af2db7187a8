// size_of and align_of of primitive and compound types.
use std::mem::{align_of, size_of};

pub const SIZES: [usize; 14] = [
    size_of::<u8>(),
    size_of::<u16>(),
    size_of::<u32>(),
    size_of::<u64>(),
    size_of::<u128>(),
    size_of::<usize>(),
    size_of::<i8>(),
    size_of::<isize>(),
    size_of::<bool>(),
    size_of::<char>(),
    size_of::<f32>(),
    size_of::<f64>(),
    size_of::<()>(),
    size_of::<[u16; 7]>(),
];

pub const ALIGNS: [usize; 8] = [
    align_of::<u8>(),
    align_of::<u16>(),
    align_of::<u32>(),
    align_of::<u64>(),
    align_of::<u128>(),
    align_of::<f64>(),
    align_of::<char>(),
    align_of::<()>(),
];

pub const REF_SIZES: (usize, usize, usize, usize) = (size_of::<&u8>(), size_of::<&[u8]>(), size_of::<&str>(), size_of::<&&[u8]>());
pub const PTR_SIZES: (usize, usize) = (size_of::<*const u64>(), size_of::<*mut [u32]>());
pub const TUPLE_SIZES: [usize; 4] = [size_of::<(u8, u32)>(), size_of::<(u8, u8, u16)>(), size_of::<(u64, u8)>(), size_of::<(u8, u128)>()];
pub const TUPLE_ALIGN: usize = align_of::<(u8, u128)>();
pub const ARRAY_ZERO: usize = size_of::<[u64; 0]>();
pub const FN_PTR: usize = size_of::<fn(u8) -> u8>();
pub const OPTION_SIZES: [usize; 8] = [
    size_of::<Option<u8>>(),
    size_of::<Option<bool>>(),
    size_of::<Option<char>>(),
    size_of::<Option<&u8>>(),
    size_of::<Option<u64>>(),
    size_of::<Option<&[u8]>>(),
    size_of::<Option<Option<bool>>>(),
    size_of::<Option<()>>(),
];
pub const NONZERO: (usize, usize) = (size_of::<std::num::NonZeroU32>(), size_of::<Option<std::num::NonZeroU32>>());
pub const RESULT_SIZES: (usize, usize) = (size_of::<Result<u8, ()>>(), size_of::<Result<u32, u8>>());
pub const STR_ALIGN: usize = align_of::<&str>();
pub const BIG_ARRAY: usize = size_of::<[[u32; 10]; 10]>();
