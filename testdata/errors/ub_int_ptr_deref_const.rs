//@ mir-from: 4302 => 44
// Dereferencing an integer cast to a pointer (no provenance).
pub const P: u32 = {
    let n: usize = 4302;
    let p = if n > 4000 { n as *const u32 } else { &8u32 as *const u32 };
    unsafe { *p }
};
