// Turning a pointer into an integer via transmute.
const fn addr(x: &u8) -> usize {
    unsafe { std::mem::transmute::<&u8, usize>(x) }
}

pub const A: usize = addr(&5);
