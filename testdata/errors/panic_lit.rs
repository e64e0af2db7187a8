//@ mir-from: 1000 => 10
// panic!("literal") inside a const fn.
const fn check(x: u32) -> u32 {
    if x > 100 {
        panic!("too big");
    }
    x
}

pub const C: u32 = check(1000);
