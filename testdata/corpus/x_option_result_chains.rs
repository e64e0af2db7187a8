// Option/Result chains in const fn with match and if let (no closures, no `?`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfigError {
    Missing(&'static str),
    OutOfRange { value: u32, max: u32 },
    Zero,
}

pub const fn lookup(key: &str) -> Option<u32> {
    let k = key.as_bytes();
    match k {
        b"port" => Some(8080),
        b"workers" => Some(16),
        b"timeout" => Some(0),
        b"retries" => Some(70000),
        _ => None,
    }
}

pub const fn require(key: &'static str, max: u32) -> Result<u32, ConfigError> {
    match lookup(key) {
        None => Err(ConfigError::Missing(key)),
        Some(0) => Err(ConfigError::Zero),
        Some(v) if v > max => Err(ConfigError::OutOfRange { value: v, max }),
        Some(v) => Ok(v),
    }
}

pub const fn or_default(r: Result<u32, ConfigError>, d: u32) -> u32 {
    if let Ok(v) = r { v } else { d }
}

pub const fn combine(a: Result<u32, ConfigError>, b: Result<u32, ConfigError>) -> Result<u64, ConfigError> {
    let a = match a {
        Ok(a) => a,
        Err(e) => return Err(e),
    };
    let b = match b {
        Ok(b) => b,
        Err(e) => return Err(e),
    };
    Ok(a as u64 * b as u64)
}

pub const fn first_some(opts: &[Option<u32>]) -> Option<(usize, u32)> {
    let mut i = 0;
    while i < opts.len() {
        if let Some(v) = opts[i] {
            return Some((i, v));
        }
        i += 1;
    }
    None
}

pub const fn ok_or(o: Option<u32>, e: ConfigError) -> Result<u32, ConfigError> {
    match o {
        Some(v) => Ok(v),
        None => Err(e),
    }
}

pub const PORT: Result<u32, ConfigError> = require("port", 65535);
pub const WORKERS: Result<u32, ConfigError> = require("workers", 8);
pub const TIMEOUT: Result<u32, ConfigError> = require("timeout", 100);
pub const MISSING: Result<u32, ConfigError> = require("host", 1);
pub const RETRIES: u32 = or_default(require("retries", 10), 3);
pub const PRODUCT: Result<u64, ConfigError> = combine(PORT, require("workers", 32));
pub const PRODUCT_ERR: Result<u64, ConfigError> = combine(PORT, WORKERS);
pub const FIRST: Option<(usize, u32)> = first_some(&[None, None, Some(7), Some(9)]);
pub const NONE_FIRST: Option<(usize, u32)> = first_some(&[None; 4]);
pub const OK_OR: Result<u32, ConfigError> = ok_or(lookup("nope"), ConfigError::Missing("nope"));
pub const IS_ERR_ZERO: bool = matches!(TIMEOUT, Err(ConfigError::Zero));
pub const NESTED: Option<Result<u32, ConfigError>> = Some(require("retries", 100_000));
pub const FLAT: Option<u32> = match NESTED {
    Some(Ok(v)) => Some(v),
    _ => None,
};
