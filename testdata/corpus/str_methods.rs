// str and byte-slice methods in const code.
pub const TEXT: &str = "Hello, const world";
pub const LEN: usize = TEXT.len();
pub const IS_EMPTY: (bool, bool) = (TEXT.is_empty(), "".is_empty());
pub const BYTES: &[u8] = TEXT.as_bytes();
pub const FIRST_BYTE: Option<&u8> = TEXT.as_bytes().first();
pub const LAST_BYTE: Option<&u8> = TEXT.as_bytes().last();
pub const IS_CHAR_BOUNDARY: (bool, bool) = ("é".is_char_boundary(1), "é".is_char_boundary(2));
pub const ASCII: (bool, bool) = (TEXT.is_ascii(), "naïve".is_ascii());
pub const EQ_IGNORE: bool = "HeLLo".eq_ignore_ascii_case("hello");
pub const FROM_UTF8: Result<&str, std::str::Utf8Error> = std::str::from_utf8(b"valid");
pub const FROM_UTF8_ERR: bool = std::str::from_utf8(b"\xff").is_err();
pub const SPLIT: (&str, &str) = TEXT.split_at(5);

const fn count_words(s: &str) -> usize {
    let b = s.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < b.len() {
        let ws = b[i] == b' ';
        if !ws && !in_word {
            words += 1;
        }
        in_word = !ws;
        i += 1;
    }
    words
}

pub const WORDS: usize = count_words(TEXT);
pub const WORDS_SPACES: usize = count_words("  a  b   c ");

const fn find_byte(s: &str, c: u8) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == c {
            return Some(i);
        }
        i += 1;
    }
    None
}

pub const COMMA: Option<usize> = find_byte(TEXT, b',');
pub const NO_Z: Option<usize> = find_byte(TEXT, b'z');

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

pub const EQS: [bool; 3] = [str_eq("abc", "abc"), str_eq("abc", "abd"), str_eq("", "x")];
pub static STATIC_LEN: usize = "static".len();
