//@ mir-from: 4101 => 41
// A weighted checksum whose u16 accumulator overflows inside its loop.
const DATA: [u8; 6] = [200, 180, 250, 90, 30, 255];

const fn checksum(data: &[u8], weight: u16) -> u16 {
    let mut acc: u16 = 0;
    let mut i = 0;
    while i < data.len() {
        acc += data[i] as u16 * weight;
        i += 1;
    }
    acc
}

pub const SUM: u16 = checksum(&DATA, 4101 / 60);
