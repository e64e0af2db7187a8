//@ mir-from: 5202 => 54
// Writing through a *const (cast to *mut) to an immutable static. The
// invalid_reference_casting lint (deny by default) is allowed: rustc would report it for
// the passing variant, while the failing program stops at const evaluation first.
pub static S: u8 = 5;

#[allow(invalid_reference_casting)]
pub const W: u8 = {
    let n: u32 = 5202;
    let p = &S as *const u8;
    unsafe {
        if n > 4000 {
            *(p as *mut u8) = 1;
        }
        *p
    }
};
