pub struct Hdr<T>(T);
impl<T> Hdr<T> {
    pub const SHIFT: u32 = 40 - 8 * std::mem::size_of::<T>() as u32;
}
pub const fn shift<T>() -> u32 { Hdr::<T>::SHIFT }
pub const fn outer<T>() -> u32 { shift::<T>() + 1 }
pub const A: u32 = outer::<u8>();
pub const B: u32 = outer::<u64>();
