// Base64 alphabet, reverse lookup table and fixed-size encode/decode in const fn.
pub const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
pub const URL_ALPHABET: [u8; 64] = {
    let mut a = *ALPHABET;
    a[62] = b'-';
    a[63] = b'_';
    a
};

pub const DECODE: [u8; 256] = {
    let mut t = [0xFFu8; 256];
    let mut i = 0;
    while i < 64 {
        t[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    t
};

pub const fn encoded_len(n: usize) -> usize {
    (n + 2) / 3 * 4
}

pub const fn encode<const N: usize, const M: usize>(input: &[u8; N]) -> [u8; M] {
    let mut out = [b'='; M];
    let mut i = 0;
    let mut o = 0;
    while i < N {
        let b0 = input[i] as u32;
        let b1 = if i + 1 < N { input[i + 1] as u32 } else { 0 };
        let b2 = if i + 2 < N { input[i + 2] as u32 } else { 0 };
        let triple = (b0 << 16) | (b1 << 8) | b2;
        out[o] = ALPHABET[((triple >> 18) & 63) as usize];
        out[o + 1] = ALPHABET[((triple >> 12) & 63) as usize];
        if i + 1 < N {
            out[o + 2] = ALPHABET[((triple >> 6) & 63) as usize];
        }
        if i + 2 < N {
            out[o + 3] = ALPHABET[(triple & 63) as usize];
        }
        i += 3;
        o += 4;
    }
    out
}

pub const fn decode_quad(q: &[u8]) -> Option<[u8; 3]> {
    if q.len() != 4 {
        return None;
    }
    let mut acc = 0u32;
    let mut i = 0;
    while i < 4 {
        let v = DECODE[q[i] as usize];
        if v == 0xFF {
            return None;
        }
        acc = (acc << 6) | v as u32;
        i += 1;
    }
    Some([(acc >> 16) as u8, (acc >> 8) as u8, acc as u8])
}

pub const MAN: [u8; 4] = encode::<3, 4>(b"Man");
pub const MA: [u8; 4] = encode::<2, 4>(b"Ma");
pub const HELLO: [u8; encoded_len(5)] = encode::<5, 8>(b"hello");
pub const HELLO_STR: &str = match core::str::from_utf8(&HELLO) {
    Ok(s) => s,
    Err(_) => "invalid",
};
pub const DECODED: Option<[u8; 3]> = decode_quad(b"TWFu");
pub const BAD: Option<[u8; 3]> = decode_quad(b"TW!u");
pub const SHORT: Option<[u8; 3]> = decode_quad(b"TWF");
pub const PLUS_INDEX: u8 = DECODE[b'+' as usize];
pub const URL_TAIL: [u8; 2] = [URL_ALPHABET[62], URL_ALPHABET[63]];
