// size_of and align_of for the types a wire format or allocator would
// care about: primitives, structs (reordered and repr(C)), enums,
// tuples, arrays, references, raw pointers, Option niches.

use core::mem::{align_of, size_of};

#[derive(Debug)]
pub struct Loose {
    pub a: u8,
    pub b: u32,
    pub c: u16,
}

#[derive(Debug)]
#[repr(C)]
pub struct Ordered {
    pub a: u8,
    pub b: u32,
    pub c: u16,
}

#[derive(Debug)]
#[repr(C, packed)]
pub struct Packed {
    pub a: u8,
    pub b: u32,
}

#[derive(Debug)]
#[repr(align(16))]
pub struct Aligned(pub u8);

#[derive(Debug)]
pub enum Small {
    A,
    B,
    C,
}

#[derive(Debug)]
pub enum Tagged {
    Int(i32),
    Pair(u8, u8),
    Nothing,
}

#[derive(Debug)]
pub struct Unit;

pub const fn header_size<T>() -> usize {
    // Rounded up to the alignment of u64.
    let s = size_of::<T>();
    (s + 7) / 8 * 8
}

pub const PRIMS: [usize; 14] = [
    size_of::<u8>(),
    size_of::<u16>(),
    size_of::<u32>(),
    size_of::<u64>(),
    size_of::<u128>(),
    size_of::<usize>(),
    size_of::<i8>(),
    size_of::<i128>(),
    size_of::<isize>(),
    size_of::<bool>(),
    size_of::<char>(),
    size_of::<f32>(),
    size_of::<f64>(),
    size_of::<()>(),
];
pub const ALIGNS: [usize; 6] = [
    align_of::<u8>(),
    align_of::<u16>(),
    align_of::<u64>(),
    align_of::<u128>(),
    align_of::<f32>(),
    align_of::<char>(),
];
pub const STRUCTS: [(usize, usize); 5] = [
    (size_of::<Loose>(), align_of::<Loose>()),
    (size_of::<Ordered>(), align_of::<Ordered>()),
    (size_of::<Packed>(), align_of::<Packed>()),
    (size_of::<Aligned>(), align_of::<Aligned>()),
    (size_of::<Unit>(), align_of::<Unit>()),
];
pub const ENUMS: [usize; 6] = [
    size_of::<Small>(),
    size_of::<Tagged>(),
    size_of::<Option<u8>>(),
    size_of::<Option<bool>>(),
    size_of::<Option<Small>>(),
    size_of::<Option<char>>(),
];
pub const POINTERS: [usize; 7] = [
    size_of::<&u8>(),
    size_of::<&[u8]>(),
    size_of::<&str>(),
    size_of::<*const u64>(),
    size_of::<Option<&u32>>(),
    size_of::<&mut [u16; 4]>(),
    size_of::<Option<&[u8]>>(),
];
pub const COMPOUND: [usize; 5] = [
    size_of::<(u8, u32)>(),
    size_of::<(u8, u8, u16)>(),
    size_of::<[u16; 10]>(),
    size_of::<[[u8; 3]; 5]>(),
    size_of::<[Loose; 2]>(),
];
pub const HEADERS: [usize; 3] = [header_size::<Ordered>(), header_size::<u8>(), header_size::<[u8; 17]>()];
pub const RECORD_BYTES: usize = 100 * size_of::<Ordered>();
pub const ZST_ARRAY: usize = size_of::<[Unit; 1000]>();
