// An enum with an invalid tag is matched on.
#[derive(Debug, Clone, Copy)]
#[repr(u8)]
pub enum E {
    A,
    B,
}

const fn which(e: E) -> u8 {
    match e {
        E::A => 1,
        E::B => 2,
    }
}

pub const W: u8 = which(unsafe { std::mem::transmute::<u8, E>(7) });
