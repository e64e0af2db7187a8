// An invalid bool is used in a branch.
const fn branch(b: bool) -> u8 {
    if b { 1 } else { 0 }
}

pub const B: u8 = branch(unsafe { std::mem::transmute::<u8, bool>(3) });
