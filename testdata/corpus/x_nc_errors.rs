// Custom error types with Display, std::error::Error, From conversions and `?`.
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

pub const MAX_PORT: u16 = 65535;
pub const RESERVED_BELOW: u16 = 1024;
pub const DEFAULT_ADDR: (&str, u16) = ("127.0.0.1", 8080);
pub const ERROR_CODES: [(u8, &str); 3] = [(1, "parse"), (2, "range"), (3, "format")];

#[derive(Debug)]
pub enum AddrError {
    Parse(ParseIntError),
    Reserved(u16),
    Format(String),
}

impl fmt::Display for AddrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AddrError::Parse(e) => write!(f, "bad number: {}", e),
            AddrError::Reserved(p) => write!(f, "port {} is below {}", p, RESERVED_BELOW),
            AddrError::Format(s) => write!(f, "malformed address {:?}", s),
        }
    }
}

impl Error for AddrError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            AddrError::Parse(e) => Some(e),
            _ => None,
        }
    }
}

impl From<ParseIntError> for AddrError {
    fn from(e: ParseIntError) -> Self {
        AddrError::Parse(e)
    }
}

impl AddrError {
    pub const fn code(&self) -> u8 {
        match self {
            AddrError::Parse(_) => ERROR_CODES[0].0,
            AddrError::Reserved(_) => ERROR_CODES[1].0,
            AddrError::Format(_) => ERROR_CODES[2].0,
        }
    }
}

pub fn parse_addr(s: &str) -> Result<(String, u16), AddrError> {
    let (host, port) = s.rsplit_once(':').ok_or_else(|| AddrError::Format(s.to_string()))?;
    let port: u16 = port.trim().parse()?;
    if port < RESERVED_BELOW {
        return Err(AddrError::Reserved(port));
    }
    let octets = host.split('.').map(|o| o.parse::<u8>()).collect::<Result<Vec<_>, _>>()?;
    if octets.len() != 4 {
        return Err(AddrError::Format(host.into()));
    }
    Ok((host.to_owned(), port))
}

pub fn parse_or_default(s: &str) -> (String, u16) {
    parse_addr(s).unwrap_or_else(|e| {
        eprintln!("{} (code {}); source: {:?}", e, e.code(), e.source().map(|s| s.to_string()));
        (DEFAULT_ADDR.0.to_string(), DEFAULT_ADDR.1)
    })
}

pub fn run() -> Result<usize, Box<dyn Error>> {
    let inputs = ["10.0.0.1:8443", "10.0.0.1:80", "bad", "1.2.3:9000", "1.2.3.4:99999"];
    let ok = inputs.iter().filter_map(|s| parse_addr(s).ok()).count();
    let n: usize = "42".parse()?;
    Ok(ok + n)
}

pub const PORT_SPAN: u16 = MAX_PORT - RESERVED_BELOW;
pub const RANGE_NAME: &str = ERROR_CODES[1].1;
