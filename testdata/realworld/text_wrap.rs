//! Text utilities for a terminal UI: word wrapping with display widths,
//! truncation with ellipsis, and column alignment, with width tables
//! computed at compile time.

use std::borrow::Cow;
use std::fmt::Write;

pub const DEFAULT_WIDTH: usize = 80;
pub const TAB_STOP: usize = 4;
pub const ELLIPSIS: &str = "…";
pub const ELLIPSIS_WIDTH: usize = 1;
pub const INDENTS: [&str; 4] = ["", "  ", "    ", "      "];
pub const MIN_WRAP_WIDTH: usize = ELLIPSIS_WIDTH + 1;

/// Display width of a char: 0 for combining marks, 2 for wide CJK ranges.
pub const fn char_width(c: char) -> usize {
    match c as u32 {
        0 => 0,
        0x0300..=0x036F => 0,
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF00..=0xFF60 => 2,
        0x1F300..=0x1F64F => 2,
        _ => 1,
    }
}

pub const fn str_width(s: &str) -> usize {
    // Walk the UTF-8 bytes by hand: iterators are not available in const.
    let b = s.as_bytes();
    let mut i = 0;
    let mut w = 0;
    while i < b.len() {
        let (cp, len) = if b[i] < 0x80 {
            (b[i] as u32, 1)
        } else if b[i] >> 5 == 0b110 {
            (((b[i] & 0x1F) as u32) << 6 | (b[i + 1] & 0x3F) as u32, 2)
        } else if b[i] >> 4 == 0b1110 {
            (((b[i] & 0x0F) as u32) << 12 | ((b[i + 1] & 0x3F) as u32) << 6 | (b[i + 2] & 0x3F) as u32, 3)
        } else {
            (
                ((b[i] & 0x07) as u32) << 18
                    | ((b[i + 1] & 0x3F) as u32) << 12
                    | ((b[i + 2] & 0x3F) as u32) << 6
                    | (b[i + 3] & 0x3F) as u32,
                4,
            )
        };
        w += match char::from_u32(cp) {
            Some(c) => char_width(c),
            None => 1,
        };
        i += len;
    }
    w
}

pub const WIDTHS: [usize; 4] = [str_width("hello"), str_width("日本語"), str_width("e\u{301}"), str_width("🦀!")];
pub const HEADER: &str = "Name│Size│Modified";
pub const HEADER_WIDTH: usize = str_width(HEADER);

pub fn expand_tabs(s: &str) -> Cow<'_, str> {
    if !s.contains('\t') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut col = 0;
    for c in s.chars() {
        if c == '\t' {
            let n = TAB_STOP - col % TAB_STOP;
            out.extend(std::iter::repeat(' ').take(n));
            col += n;
        } else {
            out.push(c);
            col += char_width(c);
        }
    }
    Cow::Owned(out)
}

pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(MIN_WRAP_WIDTH);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut w = 0;
    for word in text.split_whitespace() {
        let ww = str_width(word);
        if w > 0 && w + 1 + ww > width {
            lines.push(std::mem::take(&mut line));
            w = 0;
        }
        if w > 0 {
            line.push(' ');
            w += 1;
        }
        line.push_str(word);
        w += ww;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

pub fn truncate(s: &str, width: usize) -> Cow<'_, str> {
    if str_width(s) <= width {
        return Cow::Borrowed(s);
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = char_width(c);
        if w + cw + ELLIPSIS_WIDTH > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push_str(ELLIPSIS);
    Cow::Owned(out)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
}

pub fn table(rows: &[Vec<&str>], aligns: &[Align]) -> String {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..cols)
        .map(|c| rows.iter().filter_map(|r| r.get(c)).map(|s| str_width(s)).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for r in rows {
        for (c, cell) in r.iter().enumerate() {
            let pad = widths[c] - str_width(cell);
            let (l, rt) = match aligns.get(c).copied().unwrap_or(Align::Left) {
                Align::Left => (0, pad),
                Align::Right => (pad, 0),
                Align::Center => (pad / 2, pad - pad / 2),
            };
            let _ = write!(out, "{}{}{}", " ".repeat(l), cell, " ".repeat(rt));
            if c + 1 < r.len() {
                out.push_str(" │ ");
            }
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_and_truncates() {
        assert_eq!(wrap("the quick brown fox", 9), vec!["the quick", "brown fox"]);
        assert_eq!(truncate("日本語テキスト", 7), "日本語…");
        assert_eq!(expand_tabs("a\tb"), "a   b");
    }
}
