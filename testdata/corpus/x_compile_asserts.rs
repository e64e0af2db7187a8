// Compile-time assertions guarding table sizes, layouts and invariants.
use core::mem::{align_of, size_of};

pub const PAGE: usize = 4096;
pub const HEADER: usize = 64;
pub const SLOTS: usize = (PAGE - HEADER) / 16;

const _: () = assert!(PAGE.is_power_of_two());
const _: () = assert!(SLOTS * 16 + HEADER <= PAGE, "slots overflow the page");
const _: () = assert!(size_of::<[u64; 8]>() == HEADER);
const _: () = assert!(align_of::<u64>() <= 8);

#[derive(Debug, Clone, Copy)]
pub struct Slot {
    pub key: u64,
    pub val: u32,
    pub tag: u16,
}

const _: () = assert!(size_of::<Slot>() == 16);

pub const TAGS: [u16; 5] = [3, 9, 27, 81, 243];

const _: () = {
    let mut i = 1;
    while i < TAGS.len() {
        assert!(TAGS[i] == TAGS[i - 1] * 3, "tags must be powers of three");
        i += 1;
    }
};

pub const fn checked_index(i: usize) -> u16 {
    assert!(i < TAGS.len());
    TAGS[i]
}

pub struct Assert<const COND: bool>;
pub trait True {}
impl True for Assert<true> {}

pub const fn log2_exact(n: usize) -> u32 {
    assert!(n.is_power_of_two(), "not a power of two");
    n.trailing_zeros()
}

pub const PAGE_SHIFT: u32 = log2_exact(PAGE);
pub const LAST_TAG: u16 = checked_index(TAGS.len() - 1);
pub const SLOT_SIZE: usize = size_of::<Slot>();
pub const OK: () = assert!(PAGE_SHIFT == 12);
pub const UNIT_TUPLE: ((), ()) = (OK, ());
pub const SLOTS_FIT: bool = SLOTS == 252;

const _: () = assert!(LAST_TAG == 243);
const _: u32 = PAGE_SHIFT * 2;
const _: &str = "ignored";
pub const DEBUG_ASSERT_FREE: u8 = {
    debug_assert!(SLOTS > 0);
    1
};
