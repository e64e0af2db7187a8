//@ mir-from: 5201 => 53
// Writing through a *const (cast to *mut) to a promoted, two calls deep.
const fn write(p: *const u8, n: u32) -> u8 {
    unsafe {
        if n > 4000 {
            *(p as *mut u8) = 1;
        }
        *p
    }
}

const fn outer(n: u32) -> u8 {
    write(&5u8, n)
}

pub const W: u8 = outer(5201);
