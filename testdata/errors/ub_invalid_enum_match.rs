//@ mir-from: 4707 => 4522
// `match` on an enum transmuted from an invalid tag (207).
#[derive(Debug, Clone, Copy)]
#[repr(u8)]
pub enum Color {
    Red = 11,
    Green = 22,
    Blue = 33,
}

pub const W: u8 = {
    let c = unsafe { std::mem::transmute::<u8, Color>((4707 - 4500) as u8) };
    match c {
        Color::Red => 1,
        Color::Green => 2,
        Color::Blue => 3,
    }
};
