// Hand-written UTF-8 decoding and encoding over &str bytes in const fn.
pub const fn decode_at(b: &[u8], i: usize) -> Option<(u32, usize)> {
    if i >= b.len() {
        return None;
    }
    let b0 = b[i] as u32;
    let (len, init) = match b[i] {
        0x00..=0x7F => (1, b0),
        0xC2..=0xDF => (2, b0 & 0x1F),
        0xE0..=0xEF => (3, b0 & 0x0F),
        0xF0..=0xF4 => (4, b0 & 0x07),
        _ => return None,
    };
    if i + len > b.len() {
        return None;
    }
    let mut cp = init;
    let mut k = 1;
    while k < len {
        let c = b[i + k];
        if c & 0xC0 != 0x80 {
            return None;
        }
        cp = (cp << 6) | (c & 0x3F) as u32;
        k += 1;
    }
    Some((cp, len))
}

pub const fn char_count(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    let mut n = 0;
    while let Some((_, len)) = decode_at(b, i) {
        i += len;
        n += 1;
    }
    n
}

pub const fn nth_char(s: &str, n: usize) -> Option<char> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut k = 0;
    while let Some((cp, len)) = decode_at(b, i) {
        if k == n {
            return char::from_u32(cp);
        }
        i += len;
        k += 1;
    }
    None
}

pub const fn encode(c: char) -> ([u8; 4], usize) {
    let cp = c as u32;
    match cp {
        0..=0x7F => ([cp as u8, 0, 0, 0], 1),
        0x80..=0x7FF => ([0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8, 0, 0], 2),
        0x800..=0xFFFF => ([0xE0 | (cp >> 12) as u8, 0x80 | ((cp >> 6) & 0x3F) as u8, 0x80 | (cp & 0x3F) as u8, 0], 3),
        _ => (
            [0xF0 | (cp >> 18) as u8, 0x80 | ((cp >> 12) & 0x3F) as u8, 0x80 | ((cp >> 6) & 0x3F) as u8, 0x80 | (cp & 0x3F) as u8],
            4,
        ),
    }
}

pub const TEXT: &str = "aé€😀z";
pub const BYTE_LEN: usize = TEXT.len();
pub const CHARS: usize = char_count(TEXT);
pub const THIRD: Option<char> = nth_char(TEXT, 2);
pub const FOURTH: Option<char> = nth_char(TEXT, 3);
pub const PAST_END: Option<char> = nth_char(TEXT, 5);
pub const INVALID: Option<(u32, usize)> = decode_at(&[0xE2, 0x28, 0xA1], 0);
pub const TRUNCATED: Option<(u32, usize)> = decode_at(&[0xF0, 0x9F], 0);
pub const ENC_EURO: ([u8; 4], usize) = encode('€');
pub const ENC_EMOJI: ([u8; 4], usize) = encode('😀');
pub const MATCHES_CORE: bool = {
    let mut buf = [0u8; 4];
    let s = '😀'.encode_utf8(&mut buf);
    let (mine, n) = encode('😀');
    s.len() == n && buf[0] == mine[0] && buf[3] == mine[3]
};
pub const FROM_UTF8_OK: bool = core::str::from_utf8(&[0xC3, 0xA9]).is_ok();
pub const FROM_UTF8_ERR: bool = core::str::from_utf8(&[0xC3]).is_err();
pub const VALID_PREFIX: usize = match core::str::from_utf8(b"ok\xFFno") {
    Ok(s) => s.len(),
    Err(e) => e.valid_up_to(),
};
