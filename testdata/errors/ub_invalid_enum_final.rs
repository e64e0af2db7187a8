// An invalid enum tag in the final value.
#[derive(Debug, Clone, Copy)]
#[repr(u8)]
pub enum E {
    A,
    B,
}

pub const X: E = unsafe { std::mem::transmute::<u8, E>(7) };
