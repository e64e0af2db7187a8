// Dereferencing a null pointer.
const fn read(p: *const u32) -> u32 {
    unsafe { *p }
}

pub const N: u32 = read(std::ptr::null());
