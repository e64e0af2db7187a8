//! A JSON value type with a recursive-descent parser, a pretty printer
//! implementing Display, indexing by key and path, and escape tables.

use std::collections::BTreeMap;
use std::fmt::{self, Write};
use std::ops::Index;

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(BTreeMap<String, Json>),
}

pub const MAX_DEPTH: usize = 128;
pub const INDENT: &str = "  ";
pub static NULL: Json = Json::Null;

/// For each ASCII byte, the escape to write in a JSON string, if any.
pub const ESCAPES: [Option<u8>; 128] = {
    let mut t = [None; 128];
    let mut c = 0;
    while c < 0x20 {
        t[c] = Some(b'u');
        c += 1;
    }
    t[b'"' as usize] = Some(b'"');
    t[b'\\' as usize] = Some(b'\\');
    t[b'\n' as usize] = Some(b'n');
    t[b'\r' as usize] = Some(b'r');
    t[b'\t' as usize] = Some(b't');
    t
};

pub const ESCAPED_COUNT: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < ESCAPES.len() {
        if ESCAPES[i].is_some() {
            n += 1;
        }
        i += 1;
    }
    n
};

pub const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub msg: &'static str,
    pub pos: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at {}", self.msg, self.pos)
    }
}

impl std::error::Error for ParseError {}

struct Parser<'a> {
    s: &'a [u8],
    pos: usize,
    depth: usize,
}

impl<'a> Parser<'a> {
    fn err<T>(&self, msg: &'static str) -> Result<T, ParseError> {
        Err(ParseError { msg, pos: self.pos })
    }

    fn ws(&mut self) {
        while matches!(self.s.get(self.pos), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, lit: &str) -> bool {
        if self.s[self.pos..].starts_with(lit.as_bytes()) {
            self.pos += lit.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self) -> Result<Json, ParseError> {
        self.ws();
        if self.depth > MAX_DEPTH {
            return self.err("nesting too deep");
        }
        match self.s.get(self.pos) {
            None => self.err("unexpected end"),
            Some(b'n') if self.eat("null") => Ok(Json::Null),
            Some(b't') if self.eat("true") => Ok(Json::Bool(true)),
            Some(b'f') if self.eat("false") => Ok(Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'[') => {
                self.pos += 1;
                self.depth += 1;
                let mut items = Vec::new();
                loop {
                    self.ws();
                    if self.eat("]") {
                        break;
                    }
                    if !items.is_empty() && !self.eat(",") {
                        return self.err("expected ','");
                    }
                    items.push(self.value()?);
                }
                self.depth -= 1;
                Ok(Json::Array(items))
            }
            Some(b'{') => {
                self.pos += 1;
                self.depth += 1;
                let mut map = BTreeMap::new();
                loop {
                    self.ws();
                    if self.eat("}") {
                        break;
                    }
                    if !map.is_empty() && !self.eat(",") {
                        return self.err("expected ','");
                    }
                    self.ws();
                    let k = self.string()?;
                    self.ws();
                    if !self.eat(":") {
                        return self.err("expected ':'");
                    }
                    map.insert(k, self.value()?);
                }
                self.depth -= 1;
                Ok(Json::Object(map))
            }
            Some(c) if c.is_ascii_digit() || *c == b'-' => {
                let start = self.pos;
                while matches!(self.s.get(self.pos), Some(c) if c.is_ascii_digit() || b"+-.eE".contains(c)) {
                    self.pos += 1;
                }
                let text = std::str::from_utf8(&self.s[start..self.pos]).unwrap();
                text.parse().map(Json::Number).or_else(|_| self.err("bad number"))
            }
            Some(_) => self.err("unexpected character"),
        }
    }

    fn string(&mut self) -> Result<String, ParseError> {
        if !self.eat("\"") {
            return self.err("expected string");
        }
        let mut out = Vec::new();
        while let Some(&c) = self.s.get(self.pos) {
            self.pos += 1;
            match c {
                b'"' => return String::from_utf8(out).or_else(|_| self.err("invalid UTF-8")),
                b'\\' => {
                    let e = *self.s.get(self.pos).ok_or(ParseError { msg: "bad escape", pos: self.pos })?;
                    self.pos += 1;
                    out.push(match e {
                        b'n' => b'\n',
                        b't' => b'\t',
                        b'r' => b'\r',
                        b'"' | b'\\' | b'/' => e,
                        _ => return self.err("unsupported escape"),
                    });
                }
                _ => out.push(c),
            }
        }
        self.err("unterminated string")
    }
}

impl std::str::FromStr for Json {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Json, ParseError> {
        let mut p = Parser { s: s.as_bytes(), pos: 0, depth: 0 };
        let v = p.value()?;
        p.ws();
        if p.pos != s.len() {
            return p.err("trailing characters");
        }
        Ok(v)
    }
}

fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match ESCAPES.get(c as usize).copied().flatten() {
            Some(b'u') => {
                let _ = write!(out, "\\u00{}{}", HEX_DIGITS[(c as usize) >> 4] as char, HEX_DIGITS[(c as usize) & 15] as char);
            }
            Some(e) => {
                out.push('\\');
                out.push(e as char);
            }
            None => out.push(c),
        }
    }
    out.push('"');
}

impl Json {
    fn pretty(&self, out: &mut String, level: usize) {
        let pad = INDENT.repeat(level + 1);
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => {
                let _ = write!(out, "{}", n);
            }
            Json::String(s) => write_str(out, s),
            Json::Array(a) if a.is_empty() => out.push_str("[]"),
            Json::Array(a) => {
                out.push_str("[\n");
                for (i, v) in a.iter().enumerate() {
                    out.push_str(&pad);
                    v.pretty(out, level + 1);
                    out.push_str(if i + 1 < a.len() { ",\n" } else { "\n" });
                }
                out.push_str(&INDENT.repeat(level));
                out.push(']');
            }
            Json::Object(m) => {
                out.push_str("{\n");
                for (i, (k, v)) in m.iter().enumerate() {
                    out.push_str(&pad);
                    write_str(out, k);
                    out.push_str(": ");
                    v.pretty(out, level + 1);
                    out.push_str(if i + 1 < m.len() { ",\n" } else { "\n" });
                }
                out.push_str(&INDENT.repeat(level));
                out.push('}');
            }
        }
    }

    pub fn pointer(&self, path: &str) -> Option<&Json> {
        path.split('/').filter(|s| !s.is_empty()).try_fold(self, |v, seg| match v {
            Json::Object(m) => m.get(seg),
            Json::Array(a) => a.get(seg.parse::<usize>().ok()?),
            _ => None,
        })
    }
}

impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        self.pretty(&mut s, 0);
        f.write_str(&s)
    }
}

impl Index<&str> for Json {
    type Output = Json;
    fn index(&self, key: &str) -> &Json {
        match self {
            Json::Object(m) => m.get(key).unwrap_or(&NULL),
            _ => &NULL,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_print() {
        let v: Json = r#"{"a": [1, 2.5, {"b": null}], "s": "x\ny"}"#.parse().unwrap();
        assert_eq!(v.pointer("/a/2/b"), Some(&Json::Null));
        assert_eq!(v["s"], Json::String("x\ny".into()));
        assert!(v.to_string().contains("\"x\\ny\""));
        assert_eq!("[1,]".parse::<Json>().unwrap_err().msg, "unexpected character");
    }
}
