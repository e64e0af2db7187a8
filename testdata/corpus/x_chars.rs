// char conversions and predicates in consts: from_u32, from_digit, byte casts, UTF-8 lengths.
pub const A_PLUS_ONE: u32 = 'a' as u32 + 1;
pub const NEXT: Option<char> = char::from_u32('a' as u32 + 1);
pub const SURROGATE: Option<char> = char::from_u32(0xD800);
pub const TOO_BIG: Option<char> = char::from_u32(0x11_0000);
pub const MAX_CHAR: char = char::MAX;
pub const REPLACEMENT: char = char::REPLACEMENT_CHARACTER;
pub const DIGITS: [Option<char>; 5] = [
    char::from_digit(7, 10),
    char::from_digit(11, 16),
    char::from_digit(35, 36),
    char::from_digit(10, 10),
    char::from_digit(0, 2),
];
pub const TO_DIGIT: [Option<u32>; 4] = ['7'.to_digit(10), 'f'.to_digit(16), 'F'.to_digit(16), 'g'.to_digit(16)];
pub const BYTE_CHARS: [char; 4] = [b'A' as char, 0x7F as char, 0xE9 as char, 255u8 as char];
pub const CHAR_AS_U8: u8 = 'é' as u8;
pub const EMOJI_AS_U8: u8 = '😀' as u8;
pub const EMOJI: u32 = '😀' as u32;
pub const LENS: [usize; 4] = ['a'.len_utf8(), 'é'.len_utf8(), '€'.len_utf8(), '😀'.len_utf8()];
pub const UTF16_LENS: [usize; 2] = ['€'.len_utf16(), '😀'.len_utf16()];
pub const UPPER: char = 'q'.to_ascii_uppercase();
pub const LOWER_NON_ASCII: char = 'Ä'.to_ascii_lowercase();
pub const PREDICATES: [bool; 6] = [
    'x'.is_ascii_alphabetic(),
    '9'.is_ascii_digit(),
    ' '.is_ascii_whitespace(),
    'é'.is_ascii(),
    '_'.is_ascii_punctuation(),
    'Z'.is_ascii_hexdigit(),
];
pub const EQ_IGNORE: bool = 'k'.eq_ignore_ascii_case(&'K');

pub const fn rot13(c: char) -> char {
    match c {
        'a'..='z' => (((c as u8 - b'a' + 13) % 26) + b'a') as char,
        'A'..='Z' => (((c as u8 - b'A' + 13) % 26) + b'A') as char,
        _ => c,
    }
}

pub const fn caesar(s: &[u8; 5]) -> [char; 5] {
    let mut out = [' '; 5];
    let mut i = 0;
    while i < 5 {
        out[i] = rot13(s[i] as char);
        i += 1;
    }
    out
}

pub const ROT: [char; 5] = caesar(b"Hello");
pub const ROT_TWICE: char = rot13(rot13('m'));
pub const ENCODED: [u8; 4] = {
    let mut buf = [0u8; 4];
    let s = '€'.encode_utf8(&mut buf);
    let n = s.len();
    buf[3] = n as u8;
    buf
};
pub const CHAR_RANGE_SPAN: u32 = 'z' as u32 - 'a' as u32;
pub const CHAR_CMP: bool = 'Z' < 'a';
pub const FROM_U32_UNCHECKED_SAFE: char = match char::from_u32(0x263A) {
    Some(c) => c,
    None => '?',
};
