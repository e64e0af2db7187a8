use std::mem::size_of;
pub struct Slots<T>(T);
impl<T> Slots<T> {
    pub const PER_LINE: usize = 64 / size_of::<T>();
    pub const BITS: u32 = 8 * size_of::<T>() as u32;
}
pub const fn per_line<T>() -> usize { Slots::<T>::PER_LINE }
pub const U8: usize = Slots::<u8>::PER_LINE;
pub const U64: usize = per_line::<u64>();
pub const PAIR: usize = per_line::<(u16, u16)>();
pub const BITS: u32 = Slots::<u128>::BITS;
pub struct Table([u16; 2 * 3]);
pub const TABLE_BYTES: usize = size_of::<Table>();
pub enum Msg { Short([u8; 4]), Long([u8; 4 * 4]) }
pub const MSG_BYTES: usize = size_of::<Msg>();
