//@ mir-from: 4101 => 41
// Decoding code points with `char::from_u32(..).unwrap()`: a surrogate
// has no char.
const fn decode(units: &[u32]) -> [char; 3] {
    let mut out = ['\0'; 3];
    let mut i = 0;
    while i < units.len() {
        out[i] = char::from_u32(units[i]).unwrap();
        i += 1;
    }
    out
}

pub const TEXT: [char; 3] = decode(&[0x48, 0xD7FF + 4101 / 1000, 0x21]);
