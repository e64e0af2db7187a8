//@ mir-from: 20 => 3
// An array length that underflows (an anon const).
pub type B = [u8; 10 - 20];

pub fn zeroed() -> B {
    [0; 10 - 20]
}
