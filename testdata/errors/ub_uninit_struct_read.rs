//@ mir-from: 4502 => 46
// A partially initialized struct: reading its uninitialized field.
use std::mem::MaybeUninit;

struct Pair {
    a: u32,
    b: u32,
}

// Builds a whole Pair, so the MIR shows all of its fields.
pub const WHOLE: u32 = {
    let p = Pair { a: 1, b: 2 };
    p.a + p.b
};

pub const S: u32 = {
    let n: u32 = 4502;
    let mut m = MaybeUninit::<Pair>::uninit();
    let p = m.as_mut_ptr();
    unsafe {
        std::ptr::addr_of_mut!((*p).a).write(n);
        if n < 4000 {
            std::ptr::addr_of_mut!((*p).b).write(n);
        }
        let v = m.assume_init();
        v.a + v.b
    }
};
