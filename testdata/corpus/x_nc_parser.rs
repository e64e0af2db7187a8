// A recursive-descent expression parser over String input, with keyword consts.
use std::iter::Peekable;
use std::str::Chars;

pub const KEYWORDS: [&str; 4] = ["let", "in", "if", "else"];
pub const MAX_DEPTH: usize = 32;
pub const OPERATORS: &[u8] = b"+-*/()";
pub const PRECEDENCE: [(u8, u8); 4] = [(b'+', 1), (b'-', 1), (b'*', 2), (b'/', 2)];

pub const fn precedence(op: u8) -> u8 {
    let mut i = 0;
    while i < PRECEDENCE.len() {
        if PRECEDENCE[i].0 == op {
            return PRECEDENCE[i].1;
        }
        i += 1;
    }
    0
}

pub const STAR_PREC: u8 = precedence(b'*');
pub const UNKNOWN_PREC: u8 = precedence(b'%');

#[derive(Debug, PartialEq)]
pub enum ParseError {
    UnexpectedChar(char, usize),
    UnexpectedEnd,
    TooDeep,
    DivByZero,
}

pub struct Parser<'a> {
    chars: Peekable<Chars<'a>>,
    pos: usize,
    depth: usize,
}

impl<'a> Parser<'a> {
    pub fn new(s: &'a str) -> Self {
        Parser { chars: s.chars().peekable(), pos: 0, depth: 0 }
    }

    fn skip_ws(&mut self) {
        while let Some(c) = self.chars.peek() {
            if !c.is_whitespace() {
                break;
            }
            self.chars.next();
            self.pos += 1;
        }
    }

    fn atom(&mut self) -> Result<i64, ParseError> {
        self.skip_ws();
        match self.chars.peek().copied() {
            Some('(') => {
                self.chars.next();
                self.pos += 1;
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(ParseError::TooDeep);
                }
                let v = self.expr(0)?;
                self.skip_ws();
                match self.chars.next() {
                    Some(')') => {
                        self.pos += 1;
                        self.depth -= 1;
                        Ok(v)
                    }
                    Some(c) => Err(ParseError::UnexpectedChar(c, self.pos)),
                    None => Err(ParseError::UnexpectedEnd),
                }
            }
            Some(c) if c.is_ascii_digit() => {
                let mut s = String::new();
                while let Some(&d) = self.chars.peek().filter(|d| d.is_ascii_digit()) {
                    s.push(d);
                    self.chars.next();
                    self.pos += 1;
                }
                Ok(s.parse().unwrap())
            }
            Some(c) => Err(ParseError::UnexpectedChar(c, self.pos)),
            None => Err(ParseError::UnexpectedEnd),
        }
    }

    pub fn expr(&mut self, min_prec: u8) -> Result<i64, ParseError> {
        let mut lhs = self.atom()?;
        loop {
            self.skip_ws();
            let op = match self.chars.peek() {
                Some(&c) if c.is_ascii() && precedence(c as u8) > min_prec => c as u8,
                _ => return Ok(lhs),
            };
            self.chars.next();
            self.pos += 1;
            let rhs = self.expr(precedence(op))?;
            lhs = match op {
                b'+' => lhs + rhs,
                b'-' => lhs - rhs,
                b'*' => lhs * rhs,
                _ => lhs.checked_div(rhs).ok_or(ParseError::DivByZero)?,
            };
        }
    }
}

pub fn eval(s: &str) -> Result<i64, ParseError> {
    if KEYWORDS.iter().any(|k| s.starts_with(k)) {
        return Err(ParseError::UnexpectedChar(s.chars().next().unwrap(), 0));
    }
    Parser::new(s).expr(0)
}
