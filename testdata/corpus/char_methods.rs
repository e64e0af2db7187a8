// char methods usable in const code.
pub const IS_DIGIT: [bool; 3] = ['7'.is_ascii_digit(), 'x'.is_ascii_digit(), '٣'.is_ascii_digit()];
pub const TO_DIGIT: [Option<u32>; 4] = ['7'.to_digit(10), 'f'.to_digit(16), 'g'.to_digit(16), 'Z'.to_digit(36)];
pub const LEN_UTF8: [usize; 4] = ['a'.len_utf8(), 'é'.len_utf8(), '中'.len_utf8(), '😀'.len_utf8()];
pub const LEN_UTF16: [usize; 2] = ['a'.len_utf16(), '😀'.len_utf16()];
pub const IS_ALPHA: [bool; 3] = ['a'.is_ascii_alphabetic(), '1'.is_ascii_alphabetic(), 'é'.is_ascii_alphabetic()];
pub const IS_ALNUM: bool = '9'.is_ascii_alphanumeric();
pub const IS_UPPER: (bool, bool) = ('Q'.is_ascii_uppercase(), 'q'.is_ascii_uppercase());
pub const IS_WS: [bool; 3] = [' '.is_ascii_whitespace(), '\n'.is_ascii_whitespace(), 'x'.is_ascii_whitespace()];
pub const IS_PUNCT: bool = '!'.is_ascii_punctuation();
pub const IS_HEX: bool = 'E'.is_ascii_hexdigit();
pub const IS_CONTROL: bool = '\u{7}'.is_ascii_control();
pub const IS_ASCII: (bool, bool) = ('~'.is_ascii(), 'ñ'.is_ascii());
pub const UPPER: char = 'm'.to_ascii_uppercase();
pub const LOWER: char = 'M'.to_ascii_lowercase();
pub const NON_ASCII_UPPER: char = 'é'.to_ascii_uppercase();
pub const EQ_IGNORE: bool = 'a'.eq_ignore_ascii_case(&'A');
pub const IS_WHITESPACE: bool = '\u{a0}'.is_whitespace();

// Unicode-table predicates are not const: exercised at run time.
pub fn unicode_props(c: char) -> [bool; 4] {
    [c.is_alphabetic(), c.is_numeric(), c.is_lowercase(), c.is_uppercase()]
}

pub fn upper_all(s: &str) -> String {
    s.chars().flat_map(|c| c.to_uppercase()).collect()
}

const fn count_digits(s: &str) -> usize {
    let b = s.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        if (b[i] as char).is_ascii_digit() {
            n += 1;
        }
        i += 1;
    }
    n
}

pub const DIGITS: usize = count_digits("a1b22c333");

const fn caesar(c: char, k: u8) -> char {
    if c.is_ascii_lowercase() {
        (((c as u8 - b'a' + k) % 26) + b'a') as char
    } else {
        c
    }
}

pub const CAESAR: [char; 4] = [caesar('a', 3), caesar('x', 3), caesar('Z', 3), caesar('m', 13)];
pub static STATIC_DIGIT: Option<u32> = 'z'.to_digit(36);
