//@ mir-from: 128 => 100
// Negating i8::MIN.
const fn neg(x: i8) -> i8 {
    -x
}

pub const N: i8 = neg(-128);
