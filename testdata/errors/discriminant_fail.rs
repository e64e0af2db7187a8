//@ mir-from: 100 => 50
// An enum discriminant expression that overflows.
#[derive(Debug)]
#[repr(u8)]
pub enum E {
    A = 200 + 100,
    B = 1,
}
