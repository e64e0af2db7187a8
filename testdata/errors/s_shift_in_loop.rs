//@ mir-from: 4101 => 41
// Building a mask bit by bit: a width above 32 shifts a u32 too far.
const fn mask(width: u32) -> u32 {
    let mut m = 0u32;
    let mut i = 0;
    while i < width {
        m |= 1 << i;
        i += 1;
    }
    m
}

pub const MASK: u32 = mask(4101 / 100);
