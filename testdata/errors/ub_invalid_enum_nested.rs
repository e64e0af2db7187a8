//@ mir-from: 4807 => 4811
// An invalid enum tag (7) made in `make` (a plain copy) and matched on in `which`.
#[derive(Debug, Clone, Copy)]
#[repr(u8)]
pub enum E {
    A,
    B,
    C,
    D,
}

const fn make(n: u32) -> E {
    unsafe { std::mem::transmute::<u8, E>((n - 4800) as u8 % 8) }
}

const fn which(n: u32) -> u8 {
    match make(n) {
        E::A => 10,
        E::B => 20,
        E::C => 30,
        E::D => 40,
    }
}

pub const W: u8 = which(4807);
