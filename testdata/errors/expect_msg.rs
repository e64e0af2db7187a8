//@ mir-from: 6666 => 65
// Option::expect with a message.
const fn half(x: u32) -> Option<u32> {
    if x % 2 == 0 { Some(x / 2) } else { None }
}

const fn get(x: u32) -> u32 {
    half(x + 1).expect("needed a value")
}

pub const E: u32 = get(6666);
