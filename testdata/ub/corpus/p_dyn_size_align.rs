use std::mem;
pub trait Sized2 {}
impl Sized2 for u8 {}
impl Sized2 for u16 {}
impl Sized2 for u64 {}
impl Sized2 for (u8, u32) {}
impl Sized2 for [u16; 5] {}
impl Sized2 for () {}
impl Sized2 for Option<u32> {}
pub struct Rec { pub a: u8, pub b: u64, pub c: u16 }
impl Sized2 for Rec {}
pub const S_U8: usize = mem::size_of_val::<dyn Sized2>(&1u8);
pub const A_U8: usize = mem::align_of_val::<dyn Sized2>(&1u8);
pub const S_U16: usize = mem::size_of_val::<dyn Sized2>(&1u16);
pub const S_U64: usize = mem::size_of_val(&1u64 as &dyn Sized2);
pub const A_U64: usize = mem::align_of_val(&1u64 as &dyn Sized2);
pub const S_PAIR: usize = mem::size_of_val::<dyn Sized2>(&(1u8, 2u32));
pub const A_PAIR: usize = mem::align_of_val::<dyn Sized2>(&(1u8, 2u32));
pub const S_ARR: usize = mem::size_of_val::<dyn Sized2>(&[0u16; 5]);
pub const S_UNIT: usize = mem::size_of_val::<dyn Sized2>(&());
pub const A_UNIT: usize = mem::align_of_val::<dyn Sized2>(&());
pub const S_OPT: usize = mem::size_of_val::<dyn Sized2>(&Some(3u32));
pub const S_REC: usize = mem::size_of_val::<dyn Sized2>(&Rec { a: 1, b: 2, c: 3 });
pub const A_REC: usize = mem::align_of_val::<dyn Sized2>(&Rec { a: 1, b: 2, c: 3 });
pub const fn dyn_size(x: &dyn Sized2) -> usize { mem::size_of_val(x) }
pub const fn dyn_align(x: &dyn Sized2) -> usize { mem::align_of_val(x) }
pub const VIA_FN: usize = dyn_size(&[7u16; 5]) + dyn_align(&0u64);
pub const fn total(xs: &[&dyn Sized2]) -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < xs.len() {
        n += mem::size_of_val(xs[i]);
        i += 1;
    }
    n
}
pub const TOTAL: usize = total(&[&1u8, &2u16, &3u64, &(), &(4u8, 5u32)]);
