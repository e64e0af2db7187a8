pub const fn check<T>() -> usize {
    const { assert!(std::mem::size_of::<T>() > 0, "zero-sized") };
    std::mem::size_of::<T>()
}
pub const OK: usize = check::<u8>();
pub const BAD: usize = check::<()>();
