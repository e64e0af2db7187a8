//! Minimal parser combinators over &str with lifetimes, closures returning
//! `impl Fn`, and a date/duration grammar built from them.

use std::fmt;

pub type PResult<'a, T> = Result<(&'a str, T), ParseError>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub expected: &'static str,
    pub at: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "expected {} at byte {}", self.expected, self.at)
    }
}

pub const MAX_DIGITS: usize = 9;
pub const UNIT_SUFFIXES: [(&str, u64); 5] = [("ms", 1), ("s", 1_000), ("m", 60_000), ("h", 3_600_000), ("d", 86_400_000)];
pub const MS_PER_DAY: u64 = UNIT_SUFFIXES[4].1;
pub const MONTH_LENGTHS: [u8; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
pub const DAYS_BEFORE_MONTH: [u16; 12] = {
    let mut t = [0u16; 12];
    let mut m = 1;
    while m < 12 {
        t[m] = t[m - 1] + MONTH_LENGTHS[m - 1] as u16;
        m += 1;
    }
    t
};

fn err<T>(input: &str, full_len: usize, expected: &'static str) -> Result<T, ParseError> {
    Err(ParseError { expected, at: full_len - input.len() })
}

pub fn tag<'a>(t: &'static str, full: usize) -> impl Fn(&'a str) -> PResult<'a, &'a str> {
    move |input: &'a str| match input.strip_prefix(t) {
        Some(rest) => Ok((rest, &input[..t.len()])),
        None => err(input, full, t),
    }
}

pub fn number<'a>(full: usize) -> impl Fn(&'a str) -> PResult<'a, u64> {
    move |input: &'a str| {
        let n = input.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > MAX_DIGITS {
            return err(input, full, "a number");
        }
        Ok((&input[n..], input[..n].parse().unwrap()))
    }
}

pub fn map<'a, A, B>(p: impl Fn(&'a str) -> PResult<'a, A>, f: impl Fn(A) -> B) -> impl Fn(&'a str) -> PResult<'a, B> {
    move |input| p(input).map(|(rest, a)| (rest, f(a)))
}

pub fn pair<'a, A, B>(
    p: impl Fn(&'a str) -> PResult<'a, A>,
    q: impl Fn(&'a str) -> PResult<'a, B>,
) -> impl Fn(&'a str) -> PResult<'a, (A, B)> {
    move |input| {
        let (rest, a) = p(input)?;
        let (rest, b) = q(rest)?;
        Ok((rest, (a, b)))
    }
}

pub fn many1<'a, A>(p: impl Fn(&'a str) -> PResult<'a, A>) -> impl Fn(&'a str) -> PResult<'a, Vec<A>> {
    move |mut input| {
        let (rest, first) = p(input)?;
        let mut out = vec![first];
        input = rest;
        while let Ok((rest, x)) = p(input) {
            out.push(x);
            input = rest;
        }
        Ok((input, out))
    }
}

pub fn unit<'a>(full: usize) -> impl Fn(&'a str) -> PResult<'a, u64> {
    move |input: &'a str| {
        UNIT_SUFFIXES
            .iter()
            .find(|(s, _)| input.starts_with(s))
            .map(|&(s, ms)| (&input[s.len()..], ms))
            .ok_or(ParseError { expected: "a unit", at: full - input.len() })
    }
}

/// Parses durations like "1h30m" or "250ms" into milliseconds.
pub fn duration_ms(s: &str) -> Result<u64, ParseError> {
    let full = s.len();
    let term = map(pair(number(full), unit(full)), |(n, ms)| n * ms);
    let (rest, parts) = many1(term)(s)?;
    if !rest.is_empty() {
        return err(rest, full, "end of input");
    }
    Ok(parts.into_iter().sum())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub y: u16,
    pub m: u8,
    pub d: u8,
}

impl Date {
    pub const fn day_of_year(&self) -> u16 {
        let leap = (self.y % 4 == 0 && self.y % 100 != 0) || self.y % 400 == 0;
        DAYS_BEFORE_MONTH[self.m as usize - 1] + self.d as u16 + if leap && self.m > 2 { 1 } else { 0 }
    }
}

pub fn date(s: &str) -> Result<Date, ParseError> {
    let full = s.len();
    let dash = || tag("-", full);
    let p = pair(pair(number(full), dash()), pair(pair(number(full), dash()), number(full)));
    let (rest, ((y, _), ((m, _), d))) = p(s)?;
    if !rest.is_empty() {
        return err(rest, full, "end of input");
    }
    if !(1..=12).contains(&m) || d == 0 || d > MONTH_LENGTHS[m as usize - 1] as u64 + 1 {
        return err(s, full, "a valid date");
    }
    Ok(Date { y: y as u16, m: m as u8, d: d as u8 })
}

pub const NEW_YEAR: Date = Date { y: 2025, m: 1, d: 1 };
pub const LEAP_DAY_OF_YEAR: u16 = Date { y: 2024, m: 12, d: 31 }.day_of_year();

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_dates() {
        assert_eq!(duration_ms("1h30m"), Ok(5_400_000));
        assert_eq!(duration_ms("10x").unwrap_err().expected, "a unit");
        assert_eq!(date("2024-02-29").unwrap().day_of_year(), 60);
    }
}
