//@ mir-from: 5703 => 5701
// An invalid bool (3) as the final value, made two calls deep.
const fn byte(n: u32) -> u8 {
    (n - 5700) as u8
}

const fn flag(n: u32) -> bool {
    unsafe { std::mem::transmute::<u8, bool>(byte(n)) }
}

pub const B: bool = flag(5703);
