//@ mir-from: 20 => 5
// A failing static.
const fn sub(a: u32, b: u32) -> u32 {
    a - b
}

pub static S: u32 = sub(10, 20);
