//! Loading an application's configuration from `key = value` text with
//! defaults, validation and typed errors.

use std::collections::BTreeMap;
use std::fmt;
use std::num::ParseIntError;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

pub const DEFAULT_PORT: u16 = 8080;
pub const DEFAULT_WORKERS: usize = 4;
pub const MAX_WORKERS: usize = DEFAULT_WORKERS * 64;
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
pub const DEFAULT_TIMEOUT_MS: u128 = DEFAULT_TIMEOUT.as_millis();
pub const CONFIG_FILE_NAME: &str = "app.conf";
pub static SEARCH_DIRS: [&str; 3] = [".", "/etc/app", "/usr/local/etc/app"];
pub const COMMENT_CHARS: &[char] = &['#', ';'];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogLevel {
    Error,
    Warn,
    Info,
    Debug,
}

impl LogLevel {
    pub const DEFAULT: LogLevel = LogLevel::Info;

    pub const fn verbosity(self) -> u8 {
        self as u8
    }
}

impl FromStr for LogLevel {
    type Err = ConfigError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "error" => Ok(LogLevel::Error),
            "warn" | "warning" => Ok(LogLevel::Warn),
            "info" => Ok(LogLevel::Info),
            "debug" => Ok(LogLevel::Debug),
            other => Err(ConfigError::BadValue { key: "log_level".into(), value: other.into() }),
        }
    }
}

#[derive(Debug)]
pub enum ConfigError {
    Syntax { line: usize, text: String },
    BadValue { key: String, value: String },
    BadNumber(ParseIntError),
    OutOfRange { key: &'static str, max: usize },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Syntax { line, text } => write!(f, "line {}: cannot parse {:?}", line, text),
            ConfigError::BadValue { key, value } => write!(f, "bad value {:?} for {}", value, key),
            ConfigError::BadNumber(e) => write!(f, "bad number: {}", e),
            ConfigError::OutOfRange { key, max } => write!(f, "{} must be at most {}", key, max),
        }
    }
}

impl std::error::Error for ConfigError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ConfigError::BadNumber(e) => Some(e),
            _ => None,
        }
    }
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadNumber(e)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub port: u16,
    pub workers: usize,
    pub timeout: Duration,
    pub log_level: LogLevel,
    pub root: PathBuf,
    pub extra: BTreeMap<String, String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            port: DEFAULT_PORT,
            workers: DEFAULT_WORKERS,
            timeout: DEFAULT_TIMEOUT,
            log_level: LogLevel::DEFAULT,
            root: PathBuf::from("."),
            extra: BTreeMap::new(),
        }
    }
}

fn strip_comment(line: &str) -> &str {
    match line.find(COMMENT_CHARS) {
        Some(i) => &line[..i],
        None => line,
    }
}

pub fn parse_pairs(text: &str) -> Result<Vec<(String, String)>, ConfigError> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, strip_comment(l).trim()))
        .filter(|(_, l)| !l.is_empty())
        .map(|(n, l)| {
            let (k, v) = l.split_once('=').ok_or_else(|| ConfigError::Syntax { line: n, text: l.to_string() })?;
            Ok((k.trim().to_string(), v.trim().trim_matches('"').to_string()))
        })
        .collect()
}

impl Config {
    pub fn from_text(text: &str) -> Result<Config, ConfigError> {
        let mut cfg = Config::default();
        for (key, value) in parse_pairs(text)? {
            match key.as_str() {
                "port" => cfg.port = value.parse()?,
                "workers" => {
                    let n: usize = value.parse()?;
                    if n > MAX_WORKERS {
                        return Err(ConfigError::OutOfRange { key: "workers", max: MAX_WORKERS });
                    }
                    cfg.workers = n;
                }
                "timeout_ms" => cfg.timeout = Duration::from_millis(value.parse()?),
                "log_level" => cfg.log_level = value.parse()?,
                "root" => cfg.root = PathBuf::from(value),
                _ => {
                    cfg.extra.insert(key, value);
                }
            }
        }
        Ok(cfg)
    }

    pub fn candidates() -> impl Iterator<Item = PathBuf> {
        SEARCH_DIRS.iter().map(|d| PathBuf::from(d).join(CONFIG_FILE_NAME))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_overrides() {
        let cfg = Config::from_text("port = 9000\n# comment\nlog_level = debug\nname = \"x\"").unwrap();
        assert_eq!(cfg.port, 9000);
        assert_eq!(cfg.workers, DEFAULT_WORKERS);
        assert_eq!(cfg.log_level, LogLevel::Debug);
        assert_eq!(cfg.extra.get("name").map(String::as_str), Some("x"));
    }

    #[test]
    fn errors() {
        assert!(matches!(Config::from_text("workers = 100000"), Err(ConfigError::OutOfRange { .. })));
        assert!(matches!(Config::from_text("nonsense"), Err(ConfigError::Syntax { line: 1, .. })));
    }
}
