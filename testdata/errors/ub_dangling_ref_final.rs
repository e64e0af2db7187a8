// A dangling reference (to a dead local) in the final value.
const fn dangle() -> *const u32 {
    let x = 5u32;
    &x as *const u32
}

pub const R: &u32 = unsafe { &*dangle() };
