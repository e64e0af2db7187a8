//@ mir-from: 4907 => 4901
// An invalid enum tag (7) in the final value, made two calls deep.
#[derive(Debug, Clone, Copy)]
#[repr(u8)]
pub enum E {
    A,
    B,
}

const fn tag(n: u32) -> u8 {
    (n - 4900) as u8
}

const fn make(n: u32) -> E {
    unsafe { std::mem::transmute::<u8, E>(tag(n)) }
}

pub const X: E = make(4907);
