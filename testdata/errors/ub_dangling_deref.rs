// Dereferencing a pointer to a dead local.
const fn dangle() -> *const u32 {
    let x = 5u32;
    &x as *const u32
}

pub const D: u32 = unsafe { *dangle() };
