// A const fn tokenizer over &[u8]: a state machine producing token counts and kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tok {
    Ident,
    Int(u64),
    Str,
    Op(u8),
    Eof,
    Error(usize),
}

#[derive(Clone, Copy)]
enum State {
    Start,
    InIdent,
    InInt(u64),
    InStr,
}

pub const fn next_token(src: &[u8], mut pos: usize) -> (Tok, usize) {
    let mut state = State::Start;
    loop {
        let c = if pos < src.len() { Some(src[pos]) } else { None };
        state = match (state, c) {
            (State::Start, None) => return (Tok::Eof, pos),
            (State::Start, Some(b' ' | b'\n' | b'\t')) => State::Start,
            (State::Start, Some(b'a'..=b'z' | b'A'..=b'Z' | b'_')) => State::InIdent,
            (State::Start, Some(d @ b'0'..=b'9')) => State::InInt((d - b'0') as u64),
            (State::Start, Some(b'"')) => State::InStr,
            (State::Start, Some(op @ (b'+' | b'-' | b'*' | b'/' | b'=' | b';' | b'(' | b')'))) => return (Tok::Op(op), pos + 1),
            (State::Start, Some(_)) => return (Tok::Error(pos), pos + 1),
            (State::InIdent, Some(b'a'..=b'z' | b'A'..=b'Z' | b'_' | b'0'..=b'9')) => State::InIdent,
            (State::InIdent, _) => return (Tok::Ident, pos),
            (State::InInt(v), Some(d @ b'0'..=b'9')) => State::InInt(v * 10 + (d - b'0') as u64),
            (State::InInt(v), _) => return (Tok::Int(v), pos),
            (State::InStr, Some(b'"')) => return (Tok::Str, pos + 1),
            (State::InStr, None) => return (Tok::Error(pos), pos),
            (State::InStr, Some(_)) => State::InStr,
        };
        pos += 1;
    }
}

pub const fn tokenize<const N: usize>(src: &str) -> ([Tok; N], usize) {
    let b = src.as_bytes();
    let mut out = [Tok::Eof; N];
    let mut n = 0;
    let mut pos = 0;
    while n < N {
        let (t, p) = next_token(b, pos);
        out[n] = t;
        pos = p;
        n += 1;
        if let Tok::Eof = t {
            break;
        }
    }
    (out, n)
}

pub const fn sum_ints(src: &str) -> u64 {
    let b = src.as_bytes();
    let mut pos = 0;
    let mut s = 0;
    loop {
        match next_token(b, pos) {
            (Tok::Eof, _) => return s,
            (Tok::Int(v), p) => {
                s += v;
                pos = p;
            }
            (_, p) => pos = p,
        }
    }
}

pub const PROGRAM: &str = "let x1 = (42 + y) * 7;";
pub const TOKENS: ([Tok; 12], usize) = tokenize::<12>(PROGRAM);
pub const WITH_STRING: ([Tok; 4], usize) = tokenize::<4>("say \"hi there\" 9");
pub const UNTERMINATED: ([Tok; 3], usize) = tokenize::<3>("\"open");
pub const BAD_CHAR: ([Tok; 3], usize) = tokenize::<3>("a # b");
pub const INT_SUM: u64 = sum_ints("1 22 333 x4444 55555");
pub const EMPTY: ([Tok; 2], usize) = tokenize::<2>("   ");
