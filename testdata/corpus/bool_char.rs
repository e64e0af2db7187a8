// Booleans and chars, including Debug escapes of chars.
pub const T: bool = true;
pub const F: bool = !T;
pub const AND: bool = T && F;
pub const OR: bool = T || F;
pub const XOR: bool = T ^ F;
pub const NOT_BITS: bool = !(T & F);
pub const LETTER: char = 'q';
pub const NEWLINE: char = '\n';
pub const TAB: char = '\t';
pub const QUOTE: char = '\'';
pub const DQUOTE: char = '"';
pub const BACKSLASH: char = '\\';
pub const NUL: char = '\0';
pub const DEL: char = '\u{7f}';
pub const E_ACUTE: char = 'é';
pub const EMOJI: char = '😀';
pub const CJK: char = '中';
pub const MAX_CHAR: char = char::MAX;
pub const REPLACEMENT: char = char::REPLACEMENT_CHARACTER;
pub const ZWJ: char = '\u{200d}';
pub const COMBINING: char = '\u{301}';
pub const CHARS: [char; 4] = ['a', '\r', ' ', '~'];
pub const FROM_U32: Option<char> = char::from_u32(0x41);
pub const FROM_U32_BAD: Option<char> = char::from_u32(0xD800);
pub const FROM_DIGIT: Option<char> = char::from_digit(11, 16);

const fn next_char(c: char) -> char {
    match char::from_u32(c as u32 + 1) {
        Some(n) => n,
        None => c,
    }
}

pub const NEXT: char = next_char('y');
pub const BOOLS: [bool; 3] = [1 < 2, 'a' > 'b', T];
pub static FLAG: bool = LETTER == 'q';
