// Nested options and Result values.
#[derive(Debug, Clone, Copy)]
pub enum ParseError {
    Empty,
    BadDigit(u8),
    Overflow,
}

pub const NESTED_SOME: Option<Option<u8>> = Some(Some(3));
pub const NESTED_INNER_NONE: Option<Option<u8>> = Some(None);
pub const NESTED_NONE: Option<Option<u8>> = None;
pub const NESTED_BOOL: Option<Option<bool>> = Some(None);
pub const TRIPLE: Option<Option<Option<char>>> = Some(Some(None));
pub const OK: Result<u32, &str> = Ok(10);
pub const ERR: Result<u32, &str> = Err("bad");
pub const OK_UNIT: Result<(), u8> = Ok(());
pub const ERR_ENUM: Result<i8, ParseError> = Err(ParseError::BadDigit(b'x'));
pub const OPT_RESULT: Option<Result<u8, bool>> = Some(Err(true));
pub const RESULT_OPT: Result<Option<u8>, ()> = Ok(None);

const fn parse(s: &[u8]) -> Result<u8, ParseError> {
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    let mut v: u8 = 0;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c < b'0' || c > b'9' {
            return Err(ParseError::BadDigit(c));
        }
        v = match v.checked_mul(10) {
            Some(x) => match x.checked_add(c - b'0') {
                Some(y) => y,
                None => return Err(ParseError::Overflow),
            },
            None => return Err(ParseError::Overflow),
        };
        i += 1;
    }
    Ok(v)
}

pub const P1: Result<u8, ParseError> = parse(b"255");
pub const P2: Result<u8, ParseError> = parse(b"256");
pub const P3: Result<u8, ParseError> = parse(b"1a");
pub const P4: Result<u8, ParseError> = parse(b"");
pub const IS_OK: bool = P1.is_ok();
pub const IS_ERR: bool = P2.is_err();

const fn flatten(o: Option<Option<u8>>) -> Option<u8> {
    match o {
        Some(Some(v)) => Some(v),
        _ => None,
    }
}

pub const FLAT: [Option<u8>; 3] = [flatten(NESTED_SOME), flatten(NESTED_INNER_NONE), flatten(NESTED_NONE)];
pub static STATIC_RESULT: Result<&str, i32> = Err(-1);
