// `char` values in a tokenizer's helpers: casts to and from integers,
// escapes, ranges, `from_u32`, `from_digit`, ASCII classification and
// case mapping, UTF-8 lengths.

const fn rot13(c: char) -> char {
    match c {
        'a'..='z' => (((c as u8 - b'a' + 13) % 26) + b'a') as char,
        'A'..='Z' => (((c as u8 - b'A' + 13) % 26) + b'A') as char,
        _ => c,
    }
}

const fn hex_digit(n: u32) -> char {
    match char::from_digit(n, 16) {
        Some(c) => c.to_ascii_uppercase(),
        None => '?',
    }
}

const fn encode_utf8_len(c: char) -> usize {
    let n = c as u32;
    if n < 0x80 {
        1
    } else if n < 0x800 {
        2
    } else if n < 0x10000 {
        3
    } else {
        4
    }
}

const fn next_char(c: char) -> Option<char> {
    char::from_u32(c as u32 + 1)
}

const fn classify(c: char) -> [bool; 5] {
    [
        c.is_ascii_alphabetic(),
        c.is_ascii_digit(),
        c.is_ascii_whitespace(),
        c.is_ascii_punctuation(),
        c.is_ascii(),
    ]
}

pub const ROT: [char; 6] = [rot13('a'), rot13('n'), rot13('Z'), rot13('5'), rot13('m'), rot13('é')];
pub const HEX: [char; 4] = [hex_digit(0), hex_digit(9), hex_digit(11), hex_digit(16)];
pub const UTF8_LENS: [usize; 4] = [encode_utf8_len('a'), encode_utf8_len('é'), encode_utf8_len('€'), encode_utf8_len('🦀')];
pub const UTF8_LENS_STD: [usize; 4] = ['a'.len_utf8(), 'é'.len_utf8(), '€'.len_utf8(), '🦀'.len_utf8()];
pub const NEXT: [Option<char>; 3] = [next_char('a'), next_char('\u{D7FF}'), next_char(char::MAX)];
pub const CLASSES: [[bool; 5]; 4] = [classify('q'), classify('7'), classify('\t'), classify('!')];
pub const ESCAPES: [char; 6] = ['\n', '\t', '\\', '\'', '\0', '\u{1F600}'];
pub const CODES: [u32; 3] = ['A' as u32, 'ß' as u32, char::REPLACEMENT_CHARACTER as u32];
pub const FROM_BYTE: char = 0xE9u8 as char;
pub const LOWER: char = 'Q'.to_ascii_lowercase();
pub const DIGIT_VALUE: Option<u32> = 'f'.to_digit(16);
pub const IN_RANGE: bool = matches!('k', 'a'..='m');
pub const MAX_CHAR: char = char::MAX;
