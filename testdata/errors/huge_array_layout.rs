//@ mir-from: 2 => 52
//@ mir-replace: ; 4095] => ; 4611686018427387903]
// An array of 2^62 - 1 bytes: over the target's object size bound, so a layout error
// rather than an allocation failure.
const N: usize = usize::MAX >> 2;

pub const L: usize = {
    let a = [0u8; N];
    a.len()
};
