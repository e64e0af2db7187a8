// An invalid char is used in a comparison.
const fn is_a(c: char) -> bool {
    c == 'a'
}

pub const C: bool = is_a(unsafe { std::mem::transmute::<u32, char>(0x110000) });
