//! HTTP status codes and reason phrases for a small web framework.

use std::collections::HashMap;
use std::convert::TryFrom;
use std::fmt;
use std::sync::OnceLock;

/// A status code known to the framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StatusCode(u16);

/// Errors from constructing a status code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusError {
    OutOfRange(u16),
    Unknown(u16),
}

impl fmt::Display for StatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatusError::OutOfRange(c) => write!(f, "status code {} is outside 100..=599", c),
            StatusError::Unknown(c) => write!(f, "status code {} is not registered", c),
        }
    }
}

impl std::error::Error for StatusError {}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Informational = 1,
    Success = 2,
    Redirection = 3,
    ClientError = 4,
    ServerError = 5,
}

impl StatusCode {
    pub const CONTINUE: StatusCode = StatusCode(100);
    pub const OK: StatusCode = StatusCode(200);
    pub const CREATED: StatusCode = StatusCode(201);
    pub const NO_CONTENT: StatusCode = StatusCode(204);
    pub const MOVED_PERMANENTLY: StatusCode = StatusCode(301);
    pub const NOT_MODIFIED: StatusCode = StatusCode(304);
    pub const BAD_REQUEST: StatusCode = StatusCode(400);
    pub const UNAUTHORIZED: StatusCode = StatusCode(401);
    pub const NOT_FOUND: StatusCode = StatusCode(404);
    pub const TOO_MANY_REQUESTS: StatusCode = StatusCode(429);
    pub const INTERNAL_SERVER_ERROR: StatusCode = StatusCode(500);
    pub const SERVICE_UNAVAILABLE: StatusCode = StatusCode(503);

    pub const fn from_u16_const(code: u16) -> Option<StatusCode> {
        if code >= 100 && code <= 599 {
            Some(StatusCode(code))
        } else {
            None
        }
    }

    pub const fn as_u16(&self) -> u16 {
        self.0
    }

    pub const fn class(&self) -> Class {
        match self.0 / 100 {
            1 => Class::Informational,
            2 => Class::Success,
            3 => Class::Redirection,
            4 => Class::ClientError,
            _ => Class::ServerError,
        }
    }

    pub const fn is_success(&self) -> bool {
        matches!(self.class(), Class::Success)
    }

    pub const fn is_error(&self) -> bool {
        self.0 >= 400
    }

    pub fn reason(&self) -> Option<&'static str> {
        reasons().get(&self.0).copied()
    }
}

impl TryFrom<u16> for StatusCode {
    type Error = StatusError;

    fn try_from(code: u16) -> Result<Self, Self::Error> {
        let sc = StatusCode::from_u16_const(code).ok_or(StatusError::OutOfRange(code))?;
        if sc.reason().is_none() {
            return Err(StatusError::Unknown(code));
        }
        Ok(sc)
    }
}

impl fmt::Display for StatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.0, self.reason().unwrap_or("<unknown>"))
    }
}

impl From<StatusCode> for u16 {
    fn from(s: StatusCode) -> u16 {
        s.0
    }
}

static REASONS: OnceLock<HashMap<u16, &'static str>> = OnceLock::new();

fn reasons() -> &'static HashMap<u16, &'static str> {
    REASONS.get_or_init(|| {
        REASON_TABLE.iter().copied().collect()
    })
}

pub const REASON_TABLE: [(u16, &str); 12] = [
    (100, "Continue"),
    (200, "OK"),
    (201, "Created"),
    (204, "No Content"),
    (301, "Moved Permanently"),
    (304, "Not Modified"),
    (400, "Bad Request"),
    (401, "Unauthorized"),
    (404, "Not Found"),
    (429, "Too Many Requests"),
    (500, "Internal Server Error"),
    (503, "Service Unavailable"),
];

/// Status codes whose responses must not carry a body.
pub const BODYLESS: [StatusCode; 3] = [StatusCode::CONTINUE, StatusCode::NO_CONTENT, StatusCode::NOT_MODIFIED];
pub const DEFAULT_ERROR: StatusCode = StatusCode::INTERNAL_SERVER_ERROR;
pub const NOT_FOUND_CLASS: Class = StatusCode::NOT_FOUND.class();
pub const RETRYABLE: [bool; 3] = [
    StatusCode::TOO_MANY_REQUESTS.as_u16() == 429,
    StatusCode::SERVICE_UNAVAILABLE.is_error(),
    StatusCode::OK.is_error(),
];
pub const TEAPOT: Option<StatusCode> = StatusCode::from_u16_const(418);
pub const TOO_BIG: Option<StatusCode> = StatusCode::from_u16_const(600);
pub const CLASS_DIGIT: u8 = Class::ClientError as u8;
static SERVER_HEADER: &str = "mirlsp-demo/0.1";

pub fn server_header() -> &'static str {
    SERVER_HEADER
}

pub fn must_not_have_body(code: StatusCode) -> bool {
    BODYLESS.contains(&code) || code.class() == Class::Informational
}

pub fn parse_status_line(line: &str) -> Result<(String, StatusCode), Box<dyn std::error::Error>> {
    let mut parts = line.splitn(3, ' ');
    let version = parts.next().ok_or("missing version")?.to_string();
    let code: u16 = parts.next().ok_or("missing status code")?.parse()?;
    let status = StatusCode::try_from(code)?;
    Ok((version, status))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_lines() {
        let (v, s) = parse_status_line("HTTP/1.1 404 Not Found").unwrap();
        assert_eq!(v, "HTTP/1.1");
        assert_eq!(s, StatusCode::NOT_FOUND);
        assert!(parse_status_line("HTTP/1.1 999 Nope").is_err());
    }

    #[test]
    fn classes() {
        assert!(StatusCode::OK.is_success());
        assert_eq!(StatusCode::NOT_FOUND.to_string(), "404 Not Found");
    }
}
