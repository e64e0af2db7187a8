pub struct Cap<T>(T);
impl<T> Cap<T> {
    pub const LIMIT: usize = 64 / std::mem::size_of::<T>();
}
pub const fn limit<T>() -> usize {
    Cap::<T>::LIMIT
}
pub const FINE: usize = limit::<u16>();
pub const BAD: usize = limit::<()>();
