//@ mir-from: 4101 => 41
// Building per-bit masks of a byte for a width that reaches 8.
const fn masks(width: u8) -> [u8; 9] {
    let mut out = [0u8; 9];
    let mut i = 0;
    while i <= width {
        out[i as usize] = 1u8 << i;
        i += 1;
    }
    out
}

pub const MASKS: [u8; 9] = masks((4101 / 500) as u8);
