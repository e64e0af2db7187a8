//@ mir-from: 40 => 4
// unchecked_shl by more than the width: UB.
const fn shl(x: u32, s: u32) -> u32 {
    unsafe { x.unchecked_shl(s) }
}

pub const S: u32 = shl(1, 40);
