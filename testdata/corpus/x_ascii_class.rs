// ASCII classification table with bit flags, as a lexer would use.
pub const DIGIT: u8 = 1 << 0;
pub const UPPER: u8 = 1 << 1;
pub const LOWER: u8 = 1 << 2;
pub const SPACE: u8 = 1 << 3;
pub const PUNCT: u8 = 1 << 4;
pub const HEX: u8 = 1 << 5;
pub const IDENT: u8 = 1 << 6;

const fn classify(b: u8) -> u8 {
    let mut f = 0;
    match b {
        b'0'..=b'9' => f |= DIGIT | HEX | IDENT,
        b'A'..=b'Z' => f |= UPPER | IDENT,
        b'a'..=b'z' => f |= LOWER | IDENT,
        b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => f |= SPACE,
        b'_' => f |= IDENT | PUNCT,
        0x21..=0x7E => f |= PUNCT,
        _ => {}
    }
    if matches!(b, b'a'..=b'f' | b'A'..=b'F') {
        f |= HEX;
    }
    f
}

pub const TABLE: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = classify(i as u8);
        i += 1;
    }
    t
};

pub const fn is(b: u8, class: u8) -> bool {
    b < 128 && TABLE[b as usize] & class != 0
}

pub const fn count_class(s: &str, class: u8) -> usize {
    let bytes = s.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < bytes.len() {
        if is(bytes[i], class) {
            n += 1;
        }
        i += 1;
    }
    n
}

pub const fn agrees_with_core() -> bool {
    let mut i = 0u8;
    while i < 128 {
        if is(i, DIGIT) != i.is_ascii_digit() || is(i, HEX) != i.is_ascii_hexdigit() {
            return false;
        }
        if is(i, UPPER) != i.is_ascii_uppercase() || is(i, SPACE) != (i.is_ascii_whitespace() || i == 0x0B) {
            return false;
        }
        i += 1;
    }
    true
}

pub const SAMPLE: &str = "let x_1 = 0xFF + y;\n";
pub const DIGITS_IN_SAMPLE: usize = count_class(SAMPLE, DIGIT);
pub const IDENT_IN_SAMPLE: usize = count_class(SAMPLE, IDENT);
pub const SPACES_IN_SAMPLE: usize = count_class(SAMPLE, SPACE);
pub const PUNCT_IN_SAMPLE: usize = count_class(SAMPLE, PUNCT);
pub const CLASS_OF_F: u8 = TABLE[b'F' as usize];
pub const CLASS_OF_US: u8 = TABLE[b'_' as usize];
pub const AGREES: bool = agrees_with_core();
pub const NON_ASCII: bool = is(0xC3, LOWER);
