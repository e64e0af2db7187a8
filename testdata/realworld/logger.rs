//! A tiny logging facade: levels, a global max level in an atomic, a
//! sink behind a static Mutex, and a `log!` macro family.

use std::fmt::{self, Arguments, Write as _};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(usize)]
pub enum Level {
    Error = 1,
    Warn,
    Info,
    Debug,
    Trace,
}

impl Level {
    pub const MAX: Level = Level::Trace;
    pub const NAMES: [&'static str; 5] = ["ERROR", "WARN", "INFO", "DEBUG", "TRACE"];

    pub const fn from_usize(n: usize) -> Option<Level> {
        match n {
            1 => Some(Level::Error),
            2 => Some(Level::Warn),
            3 => Some(Level::Info),
            4 => Some(Level::Debug),
            5 => Some(Level::Trace),
            _ => None,
        }
    }

    pub const fn as_str(self) -> &'static str {
        Self::NAMES[self as usize - 1]
    }

    pub const fn color(self) -> u8 {
        match self {
            Level::Error => 31,
            Level::Warn => 33,
            Level::Info => 32,
            Level::Debug | Level::Trace => 90,
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

pub const DEFAULT_LEVEL: Level = Level::Info;
pub const LEVEL_COUNT: usize = Level::NAMES.len();
pub const WARN_NAME: &str = Level::Warn.as_str();
pub const COLORS: [u8; 3] = [Level::Error.color(), Level::Info.color(), Level::Trace.color()];
pub const FROM_7: Option<Level> = Level::from_usize(7);
pub const MAX_LINE: usize = 1 << 12;

static MAX_LEVEL: AtomicUsize = AtomicUsize::new(DEFAULT_LEVEL as usize);
static USE_COLOR: AtomicBool = AtomicBool::new(false);
static SINK: Mutex<Vec<String>> = Mutex::new(Vec::new());

pub fn set_max_level(l: Level) {
    MAX_LEVEL.store(l as usize, Ordering::Relaxed);
}

pub fn max_level() -> Level {
    Level::from_usize(MAX_LEVEL.load(Ordering::Relaxed)).unwrap_or(DEFAULT_LEVEL)
}

pub fn enabled(l: Level) -> bool {
    l <= max_level()
}

pub fn set_color(on: bool) {
    USE_COLOR.store(on, Ordering::Relaxed);
}

#[doc(hidden)]
pub fn __log(level: Level, target: &str, args: Arguments<'_>) {
    if !enabled(level) {
        return;
    }
    let mut line = String::with_capacity(64);
    if USE_COLOR.load(Ordering::Relaxed) {
        let _ = write!(line, "\x1b[{}m{:<5}\x1b[0m ", level.color(), level);
    } else {
        let _ = write!(line, "{:<5} ", level);
    }
    let _ = write!(line, "[{}] {}", target, args);
    line.truncate(MAX_LINE);
    SINK.lock().unwrap_or_else(|e| e.into_inner()).push(line);
}

#[macro_export]
macro_rules! log {
    ($lvl:expr, $($arg:tt)+) => {
        $crate::__log($lvl, module_path!(), format_args!($($arg)+))
    };
}

#[macro_export]
macro_rules! warn {
    ($($arg:tt)+) => { $crate::log!($crate::Level::Warn, $($arg)+) };
}

#[macro_export]
macro_rules! info {
    ($($arg:tt)+) => { $crate::log!($crate::Level::Info, $($arg)+) };
}

pub fn drain() -> Vec<String> {
    std::mem::take(&mut *SINK.lock().unwrap())
}

pub struct Timer<'a> {
    label: &'a str,
    start: std::time::Instant,
}

impl<'a> Timer<'a> {
    pub fn start(label: &'a str) -> Self {
        Timer { label, start: std::time::Instant::now() }
    }
}

impl Drop for Timer<'_> {
    fn drop(&mut self) {
        __log(Level::Debug, "timer", format_args!("{} took {:?}", self.label, self.start.elapsed()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_by_level() {
        set_max_level(Level::Warn);
        info!("hidden {}", 1);
        warn!("shown {}", 2);
        let lines = drain();
        assert_eq!(lines.len(), 1);
        assert!(lines[0].starts_with("WARN "));
    }
}
