//@ mir-from: 5000 => 96
// The seed example with a subtraction that underflows.
const FOO: usize = 1 << 12;
pub type Foo = [u8; FOO - 42];
pub const BAD: usize = FOO - 5000;
