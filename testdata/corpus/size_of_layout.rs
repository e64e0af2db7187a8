// Layout of user types: field reordering, repr(C), packed, enums and niches.
use std::mem::{align_of, size_of};

#[derive(Debug)]
pub struct Reordered {
    pub a: u8,
    pub b: u32,
    pub c: u8,
    pub d: u16,
}

#[derive(Debug)]
#[repr(C)]
pub struct InOrder {
    pub a: u8,
    pub b: u32,
    pub c: u8,
    pub d: u16,
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
pub enum Clike {
    A,
    B,
    C,
}

#[derive(Debug)]
pub enum WithData {
    Small(u8),
    Big(u64),
    Nothing,
}

#[derive(Debug)]
pub enum NicheRef {
    Ref(&'static u32),
    Empty,
}

#[derive(Debug)]
pub enum NicheBool {
    Flag(bool),
    Off,
    Other,
}

#[derive(Debug)]
#[repr(u32)]
pub enum Wide {
    X = 1,
    Y = 2,
}

#[derive(Debug)]
pub struct Zst;

pub const REORDERED: (usize, usize) = (size_of::<Reordered>(), align_of::<Reordered>());
pub const IN_ORDER: (usize, usize) = (size_of::<InOrder>(), align_of::<InOrder>());
pub const PACKED: (usize, usize) = (size_of::<Packed>(), align_of::<Packed>());
pub const ALIGNED: (usize, usize) = (size_of::<Aligned>(), align_of::<Aligned>());
pub const CLIKE: usize = size_of::<Clike>();
pub const WITH_DATA: (usize, usize) = (size_of::<WithData>(), align_of::<WithData>());
pub const NICHE_REF: usize = size_of::<NicheRef>();
pub const NICHE_BOOL: usize = size_of::<NicheBool>();
pub const WIDE: usize = size_of::<Wide>();
pub const ZST: (usize, usize) = (size_of::<Zst>(), align_of::<Zst>());
pub const OPT_CLIKE: usize = size_of::<Option<Clike>>();
pub const OPT_WITH_DATA: usize = size_of::<Option<WithData>>();
pub const OPT_REORDERED: usize = size_of::<Option<Reordered>>();
pub const ARRAY_OF_STRUCT: usize = size_of::<[InOrder; 3]>();
pub const TUPLE_OF_STRUCTS: usize = size_of::<(Packed, Aligned)>();
pub const VALUE: Reordered = Reordered { a: 1, b: 2, c: 3, d: 4 };
pub const PACKED_VALUE: Packed = Packed { a: 9, b: 0xAABBCCDD };
pub const SIZE_OF_VAL: usize = std::mem::size_of_val(&VALUE);
