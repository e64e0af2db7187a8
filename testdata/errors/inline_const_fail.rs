//@ mir-from: 10 => 5
// A failing inline const block in a const fn.
pub const fn f() -> u8 {
    const { 250u8 + 10 }
}

pub const F: u8 = f();
