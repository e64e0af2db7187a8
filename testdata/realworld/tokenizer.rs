//! A tokenizer for a small expression language, with keyword tables and
//! byte-class helpers evaluated at compile time.

use std::fmt;
use std::iter::Peekable;
use std::str::CharIndices;

#[derive(Debug, Clone, PartialEq)]
pub enum TokenKind {
    Ident(String),
    Keyword(Keyword),
    Int(i64),
    Float(f64),
    Str(String),
    Op(&'static str),
    LParen,
    RParen,
    Comma,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keyword {
    Let,
    If,
    Else,
    Fn,
    Return,
}

pub const KEYWORDS: [(&str, Keyword); 5] = [
    ("let", Keyword::Let),
    ("if", Keyword::If),
    ("else", Keyword::Else),
    ("fn", Keyword::Fn),
    ("return", Keyword::Return),
];

/// Operators, longest first so that `==` wins over `=`.
pub static OPERATORS: [&str; 12] = ["==", "!=", "<=", ">=", "&&", "||", "+", "-", "*", "/", "<", ">"];

pub const MAX_IDENT_LEN: usize = 64;

pub const fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

pub const fn is_ident_continue(b: u8) -> bool {
    is_ident_start(b) || b.is_ascii_digit()
}

pub const IDENT_TABLE: [bool; 128] = {
    let mut t = [false; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = is_ident_continue(i as u8);
        i += 1;
    }
    t
};

pub const IDENT_CHARS: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < IDENT_TABLE.len() {
        if IDENT_TABLE[i] {
            n += 1;
        }
        i += 1;
    }
    n
};

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    pub offset: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LexError {
    UnexpectedChar(char, usize),
    UnterminatedString(usize),
    IdentTooLong(usize),
    BadNumber(usize),
}

impl fmt::Display for LexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            LexError::UnexpectedChar(c, at) => write!(f, "unexpected {:?} at {}", c, at),
            LexError::UnterminatedString(at) => write!(f, "unterminated string starting at {}", at),
            LexError::IdentTooLong(at) => write!(f, "identifier at {} is longer than {}", at, MAX_IDENT_LEN),
            LexError::BadNumber(at) => write!(f, "malformed number at {}", at),
        }
    }
}

pub struct Lexer<'src> {
    src: &'src str,
    chars: Peekable<CharIndices<'src>>,
}

impl<'src> Lexer<'src> {
    pub fn new(src: &'src str) -> Self {
        Lexer { src, chars: src.char_indices().peekable() }
    }

    fn take_while<F: Fn(char) -> bool>(&mut self, start: usize, pred: F) -> &'src str {
        let mut end = start;
        while let Some(&(i, c)) = self.chars.peek() {
            if !pred(c) {
                break;
            }
            end = i + c.len_utf8();
            self.chars.next();
        }
        &self.src[start..end]
    }

    fn lex_op(&mut self, at: usize) -> Option<&'static str> {
        let rest = &self.src[at..];
        let op = OPERATORS.iter().find(|op| rest.starts_with(**op))?;
        for _ in 0..op.len() {
            self.chars.next();
        }
        Some(op)
    }
}

impl<'src> Iterator for Lexer<'src> {
    type Item = Result<Token, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.take_while(0, char::is_whitespace);
        let &(at, c) = self.chars.peek()?;
        let kind = match c {
            '(' | ')' | ',' => {
                self.chars.next();
                match c {
                    '(' => TokenKind::LParen,
                    ')' => TokenKind::RParen,
                    _ => TokenKind::Comma,
                }
            }
            '"' => {
                self.chars.next();
                let body = self.take_while(at + 1, |c| c != '"');
                if self.chars.next().is_none() {
                    return Some(Err(LexError::UnterminatedString(at)));
                }
                TokenKind::Str(body.to_string())
            }
            c if c.is_ascii_digit() => {
                let text = self.take_while(at, |c| c.is_ascii_digit() || c == '.' || c == '_');
                let clean: String = text.chars().filter(|&c| c != '_').collect();
                if clean.contains('.') {
                    match clean.parse() {
                        Ok(f) => TokenKind::Float(f),
                        Err(_) => return Some(Err(LexError::BadNumber(at))),
                    }
                } else {
                    match clean.parse() {
                        Ok(n) => TokenKind::Int(n),
                        Err(_) => return Some(Err(LexError::BadNumber(at))),
                    }
                }
            }
            c if c.is_ascii() && is_ident_start(c as u8) => {
                let word = self.take_while(at, |c| c.is_ascii() && IDENT_TABLE[c as usize]);
                if word.len() > MAX_IDENT_LEN {
                    return Some(Err(LexError::IdentTooLong(at)));
                }
                KEYWORDS
                    .iter()
                    .find(|(k, _)| *k == word)
                    .map(|&(_, kw)| TokenKind::Keyword(kw))
                    .unwrap_or_else(|| TokenKind::Ident(word.to_owned()))
            }
            _ => match self.lex_op(at) {
                Some(op) => TokenKind::Op(op),
                None => return Some(Err(LexError::UnexpectedChar(c, at))),
            },
        };
        Some(Ok(Token { kind, offset: at }))
    }
}

pub fn tokenize(src: &str) -> Result<Vec<Token>, LexError> {
    Lexer::new(src).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexes_expression() {
        let toks = tokenize("let x = f(1_000, 2.5) >= \"s\"").unwrap_err();
        assert_eq!(toks, LexError::UnexpectedChar('=', 6));
        let kinds: Vec<_> = tokenize("if a <= 10").unwrap().into_iter().map(|t| t.kind).collect();
        assert_eq!(kinds[0], TokenKind::Keyword(Keyword::If));
        assert_eq!(kinds[2], TokenKind::Op("<="));
    }
}
