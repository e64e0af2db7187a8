//@ mir-from: 5703 => 5701
// Invalid bools inside an enum variant and inside a tuple in Some: rustc's
// message names the path to the bad field.
#[derive(Debug)]
pub enum E {
    A(u8),
    B { x: u32, flag: bool },
}

const fn byte(n: u32) -> u8 {
    (n - 5700) as u8
}

const fn flag(n: u32) -> bool {
    unsafe { std::mem::transmute::<u8, bool>(byte(n)) }
}

pub const X: E = E::B { x: 1, flag: flag(5703) };
pub const Y: Option<(u8, bool)> = Some((1, flag(5703)));
pub const Z: [(u16, bool); 3] = [(1, true), (2, false), (3, flag(5703))];
pub const A: E = E::A(7);
