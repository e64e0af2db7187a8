//@ mir-from: 4504 => 48
// assume_init of a partially initialized two-field struct: the typed copy of the
// scalar pair already reads the uninitialized field, inside `make`.
use std::mem::MaybeUninit;

pub struct Pair {
    pub a: u32,
    pub b: u32,
}

// A whole Pair, so the MIR shows all of its fields.
pub const WHOLE: Pair = Pair { a: 1, b: 2 };

const fn fill(p: *mut Pair, n: u32) {
    unsafe {
        std::ptr::addr_of_mut!((*p).a).write(n);
        if n < 4000 {
            std::ptr::addr_of_mut!((*p).b).write(n);
        }
    }
}

const fn make(n: u32) -> Pair {
    let mut m = MaybeUninit::<Pair>::uninit();
    fill(m.as_mut_ptr(), n);
    unsafe { m.assume_init() }
}

pub const S: Pair = make(4504);
