// Writing through a pointer into read-only (promoted) memory.
const fn write(p: *const u8) -> u8 {
    unsafe {
        *(p as *mut u8) = 1;
        *p
    }
}

pub const W: u8 = write(&5u8);
