//! LEB128 variable-length integers.

pub const MAX_ONE_BYTE: u8 = 0x7F;
pub const CONTINUATION: u8 = 0x80;
pub const MAX_LEN_U64: usize = (u64::BITS as usize + 6) / 7;

pub const fn encoded_len(mut v: u64) -> usize {
    let mut n = 1;
    while v > MAX_ONE_BYTE as u64 {
        v >>= 7;
        n += 1;
    }
    n
}

pub const LENS: [usize; 4] = [encoded_len(0), encoded_len(127), encoded_len(128), encoded_len(u64::MAX)];

pub fn encode(mut v: u64, out: &mut Vec<u8>) {
    while v > MAX_ONE_BYTE as u64 {
        out.push((v as u8 & MAX_ONE_BYTE) | CONTINUATION);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Decodes a varint, returning the value and the bytes it used.
pub fn decode(buf: &[u8]) -> Option<(u64, usize)> {
    let mut v = 0u64;
    for (i, &b) in buf.iter().enumerate().take(MAX_LEN_U64) {
        v |= ((b & MAX_ONE_BYTE) as u64) << (7 * i);
        if b & CONTINUATION == 0 {
            return Some((v, i + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip() {
        for v in [0, 1, 127, 128, 300, u64::MAX] {
            let mut b = Vec::new();
            encode(v, &mut b);
            assert_eq!(b.len(), encoded_len(v));
            assert_eq!(decode(&b), Some((v, b.len())));
        }
    }
}
