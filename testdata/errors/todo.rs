//@ mir-from: 77 => 1
// todo!() reached.
const fn later(x: u8) -> u8 {
    if x > 50 {
        todo!()
    }
    x
}

pub const T: u8 = later(77);
