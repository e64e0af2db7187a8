//@ mir-from: 100 => 10
// unchecked_add overflowing: UB.
const fn add(a: u8, b: u8) -> u8 {
    unsafe { a.unchecked_add(b) }
}

pub const A: u8 = add(200, 100);
