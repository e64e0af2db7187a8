//@ mir-from: 1114112 => 1114111
// An invalid char (0x110000) made in `ch` (a plain copy) and compared in `is_a`.
const fn ch(n: u32) -> char {
    unsafe { std::mem::transmute::<u32, char>(n) }
}

const fn is_a(n: u32) -> bool {
    ch(n) == 'a'
}

pub const C: bool = is_a(1114112);
