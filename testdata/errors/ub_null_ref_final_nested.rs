//@ mir-from: 5001 => 51
// A null reference in the final value, made two calls deep.
const fn raw(n: usize) -> *const u32 {
    if n > 4000 { std::ptr::null() } else { &6 }
}

const fn as_ref(n: usize) -> &'static u32 {
    unsafe { &*raw(n) }
}

pub const R: &u32 = as_ref(5001);
