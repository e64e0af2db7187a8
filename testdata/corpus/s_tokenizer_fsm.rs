// A lexer for a tiny config language as an explicit state machine over a
// byte string: states as an enum, transitions in `match`, token counts
// and spans collected in fixed arrays.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tok {
    Ident,
    Int,
    Str,
    Punct(u8),
    Comment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Start,
    InIdent,
    InInt,
    InStr { escaped: bool },
    InComment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub tok: Tok,
    pub start: u16,
    pub end: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LexError {
    Unterminated(u16),
    Unexpected { at: u16, byte: u8 },
    TooMany,
}

pub const MAX_TOKENS: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lexed {
    pub spans: [Option<Span>; MAX_TOKENS],
    pub count: usize,
}

const fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

const fn is_ident(b: u8) -> bool {
    is_ident_start(b) || b.is_ascii_digit()
}

pub const fn lex(src: &[u8]) -> Result<Lexed, LexError> {
    let mut out = Lexed { spans: [None; MAX_TOKENS], count: 0 };
    let mut state = State::Start;
    let mut start = 0;
    let mut i = 0;
    // One past the end acts as a terminating space.
    while i <= src.len() {
        let b = if i < src.len() { src[i] } else { b'\n' };
        let mut emit: Option<Tok> = None;
        let mut reprocess = false;
        state = match state {
            State::Start => match b {
                b' ' | b'\t' | b'\n' => State::Start,
                b'#' => {
                    start = i;
                    State::InComment
                }
                b'"' => {
                    start = i;
                    State::InStr { escaped: false }
                }
                b'0'..=b'9' => {
                    start = i;
                    State::InInt
                }
                _ if is_ident_start(b) => {
                    start = i;
                    State::InIdent
                }
                b'=' | b'[' | b']' | b',' => {
                    start = i;
                    emit = Some(Tok::Punct(b));
                    State::Start
                }
                _ => return Err(LexError::Unexpected { at: i as u16, byte: b }),
            },
            State::InIdent if is_ident(b) => State::InIdent,
            State::InIdent => {
                emit = Some(Tok::Ident);
                reprocess = true;
                State::Start
            }
            State::InInt => match b {
                b'0'..=b'9' | b'_' => State::InInt,
                _ => {
                    emit = Some(Tok::Int);
                    reprocess = true;
                    State::Start
                }
            },
            State::InStr { escaped: true } => State::InStr { escaped: false },
            State::InStr { escaped: false } => match b {
                b'\\' => State::InStr { escaped: true },
                b'"' => {
                    emit = Some(Tok::Str);
                    State::Start
                }
                _ if i == src.len() => return Err(LexError::Unterminated(start as u16)),
                _ => State::InStr { escaped: false },
            },
            State::InComment if b == b'\n' => {
                emit = Some(Tok::Comment);
                reprocess = true;
                State::Start
            }
            State::InComment => State::InComment,
        };
        if let Some(tok) = emit {
            if out.count == MAX_TOKENS {
                return Err(LexError::TooMany);
            }
            let end = if reprocess { i } else { i + 1 };
            out.spans[out.count] = Some(Span { tok, start: start as u16, end: end as u16 });
            out.count += 1;
        }
        if !reprocess {
            i += 1;
        }
    }
    Ok(out)
}

const fn count_kind(l: &Lexed, want: Tok) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < l.count {
        if let Some(Span { tok, .. }) = l.spans[i] {
            let same = match (tok, want) {
                (Tok::Punct(a), Tok::Punct(b)) => a == b,
                (Tok::Ident, Tok::Ident) | (Tok::Int, Tok::Int) => true,
                (Tok::Str, Tok::Str) | (Tok::Comment, Tok::Comment) => true,
                _ => false,
            };
            if same {
                n += 1;
            }
        }
        i += 1;
    }
    n
}

pub const SOURCE: &[u8] = b"name = \"mir\\\"lsp\" # the tool\nports = [80, 8_080]";
pub const LEXED: Result<Lexed, LexError> = lex(SOURCE);
pub const IDENTS: usize = match LEXED {
    Ok(ref l) => count_kind(l, Tok::Ident),
    Err(_) => 0,
};
pub const INTS: usize = match LEXED {
    Ok(ref l) => count_kind(l, Tok::Int),
    Err(_) => 0,
};
pub const COMMAS: usize = match LEXED {
    Ok(ref l) => count_kind(l, Tok::Punct(b',')),
    Err(_) => 0,
};
pub const UNTERMINATED: Result<Lexed, LexError> = lex(b"x = \"open");
pub const UNEXPECTED: Result<Lexed, LexError> = lex(b"a = $b");
pub const TOO_MANY: Result<Lexed, LexError> = lex(b"a,b,c,d,e,f,g");
pub const EMPTY: Result<Lexed, LexError> = lex(b"");
