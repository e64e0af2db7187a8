// &str constants with Debug escapes, len and bytes.
pub const HELLO: &str = "hello";
pub const EMPTY: &str = "";
pub const ESCAPES: &str = "tab\there \"quoted\" back\\slash\nnewline";
pub const UNICODE: &str = "héllo wörld 😀";
pub const CONTROL: &str = "\u{0}\u{1}\u{7f}\r";
pub const RAW: &str = r"C:\path\no\escape";
pub const RAW_HASH: &str = r#"say "hi""#;
pub const MULTI: &str = "line one
line two";
pub const CONTINUED: &str = "abc\
    def";
pub const LEN: usize = UNICODE.len();
pub const EMPTY_LEN: usize = EMPTY.len();
pub const IS_EMPTY: bool = EMPTY.is_empty();
pub const BYTES: &[u8] = HELLO.as_bytes();
pub const FIRST_BYTE: u8 = HELLO.as_bytes()[0];
pub const PAIR: (&str, &str) = ("left", "right");
pub const LIST: [&str; 3] = ["x", "", "zz"];
pub const QUOTE_CHAR: &str = "'";
pub const ZWJ: &str = "a\u{200d}b";

const fn count_byte(s: &str, b: u8) -> usize {
    let bytes = s.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b {
            n += 1;
        }
        i += 1;
    }
    n
}

pub const LS: usize = count_byte("hello world, all well", b'l');

const fn starts_with(s: &str, p: &str) -> bool {
    let (s, p) = (s.as_bytes(), p.as_bytes());
    if p.len() > s.len() {
        return false;
    }
    let mut i = 0;
    while i < p.len() {
        if s[i] != p[i] {
            return false;
        }
        i += 1;
    }
    true
}

pub const SW: (bool, bool) = (starts_with(HELLO, "he"), starts_with(HELLO, "lo"));
pub static GREETING: &str = "static str";
