const fn dangling() -> *const u32 {
    let x = 5u32;
    &x as *const u32
}
pub const X: u32 = unsafe { *dangling() };
