//@ mir-from: 4101 => 41
// A sentinel search that runs past the end of its table when the key is
// missing.
const KEYS: [u16; 5] = [3, 17, 40 + 1, 99, 120];

const fn position(keys: &[u16], key: u16) -> usize {
    let mut i = 0;
    while keys[i] != key {
        i += 1;
    }
    i
}

pub const POS: usize = position(&KEYS, 4101);
