//@ mir-from: 4503 => 47
// A partially initialized three-field struct as the final value, built two calls deep
// (a memory-ABI struct is copied without reading its fields, so validation catches it).
use std::mem::MaybeUninit;

pub struct Tri {
    pub a: u32,
    pub b: u32,
    pub c: u32,
}

// A whole Tri, so the MIR shows all of its fields.
pub const WHOLE: Tri = Tri { a: 1, b: 2, c: 3 };

const fn fill(p: *mut Tri, n: u32) {
    unsafe {
        std::ptr::addr_of_mut!((*p).a).write(n);
        std::ptr::addr_of_mut!((*p).c).write(n);
        if n < 4000 {
            std::ptr::addr_of_mut!((*p).b).write(n);
        }
    }
}

const fn make(n: u32) -> Tri {
    let mut m = MaybeUninit::<Tri>::uninit();
    fill(m.as_mut_ptr(), n);
    unsafe { m.assume_init() }
}

pub const S: Tri = make(4503);
