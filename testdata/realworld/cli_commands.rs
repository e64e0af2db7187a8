//! Command-line parsing for a file-sync tool: subcommands as an enum,
//! flags with defaults in constants, an args iterator, and help text
//! built from a static table.

use std::env;
use std::ffi::OsString;
use std::fmt;
use std::path::PathBuf;
use std::process::ExitCode;

pub const PROGRAM: &str = "syncd";
pub const VERSION: (u16, u16, u16) = (0, 9, 3);
pub const DEFAULT_JOBS: u8 = 4;
pub const MAX_JOBS: u8 = 64;
pub const DEFAULT_EXCLUDES: [&str; 3] = [".git", "target", "node_modules"];
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_FAILURE: u8 = 1;

pub struct FlagSpec {
    pub long: &'static str,
    pub short: Option<char>,
    pub takes_value: bool,
    pub help: &'static str,
}

pub static FLAGS: [FlagSpec; 5] = [
    FlagSpec { long: "jobs", short: Some('j'), takes_value: true, help: "parallel transfers" },
    FlagSpec { long: "dry-run", short: Some('n'), takes_value: false, help: "show what would change" },
    FlagSpec { long: "exclude", short: Some('x'), takes_value: true, help: "skip paths matching a name" },
    FlagSpec { long: "verbose", short: Some('v'), takes_value: false, help: "print every file" },
    FlagSpec { long: "help", short: Some('h'), takes_value: false, help: "show this help" },
];

pub const LONGEST_FLAG: usize = {
    let mut m = 0;
    let mut i = 0;
    while i < FLAGS.len() {
        if FLAGS[i].long.len() > m {
            m = FLAGS[i].long.len();
        }
        i += 1;
    }
    m
};

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Push { src: PathBuf, dest: String },
    Pull { src: String, dest: PathBuf },
    Status,
    Help,
    Version,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub jobs: u8,
    pub dry_run: bool,
    pub verbose: bool,
    pub excludes: Vec<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            jobs: DEFAULT_JOBS,
            dry_run: false,
            verbose: false,
            excludes: DEFAULT_EXCLUDES.iter().map(|s| s.to_string()).collect(),
        }
    }
}

#[derive(Debug, PartialEq)]
pub enum UsageError {
    UnknownFlag(String),
    MissingValue(&'static str),
    BadJobs(String),
    MissingArgument(&'static str),
    UnknownCommand(String),
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UsageError::UnknownFlag(s) => write!(f, "unknown flag {}", s),
            UsageError::MissingValue(s) => write!(f, "--{} needs a value", s),
            UsageError::BadJobs(s) => write!(f, "--jobs must be 1..={}, got {}", MAX_JOBS, s),
            UsageError::MissingArgument(s) => write!(f, "missing {}", s),
            UsageError::UnknownCommand(s) => write!(f, "unknown command {:?}", s),
        }
    }
}

fn find_flag(arg: &str) -> Option<&'static FlagSpec> {
    if let Some(long) = arg.strip_prefix("--") {
        FLAGS.iter().find(|f| f.long == long)
    } else {
        let mut cs = arg.strip_prefix('-')?.chars();
        let c = cs.next()?;
        if cs.next().is_some() {
            return None;
        }
        FLAGS.iter().find(|f| f.short == Some(c))
    }
}

pub fn parse<I, S>(args: I) -> Result<(Command, Options), UsageError>
where
    I: IntoIterator<Item = S>,
    S: Into<String>,
{
    let mut opts = Options::default();
    let mut positional = Vec::new();
    let mut it = args.into_iter().map(Into::into);
    while let Some(arg) = it.next() {
        if !arg.starts_with('-') || arg == "-" {
            positional.push(arg);
            continue;
        }
        let flag = find_flag(&arg).ok_or_else(|| UsageError::UnknownFlag(arg.clone()))?;
        let value = if flag.takes_value { Some(it.next().ok_or(UsageError::MissingValue(flag.long))?) } else { None };
        match (flag.long, value) {
            ("jobs", Some(v)) => {
                opts.jobs = v.parse().ok().filter(|j| (1..=MAX_JOBS).contains(j)).ok_or(UsageError::BadJobs(v))?;
            }
            ("exclude", Some(v)) => opts.excludes.push(v),
            ("dry-run", _) => opts.dry_run = true,
            ("verbose", _) => opts.verbose = true,
            ("help", _) => return Ok((Command::Help, opts)),
            _ => unreachable!("flag table and match disagree"),
        }
    }
    let mut pos = positional.into_iter();
    let cmd = match pos.next().as_deref() {
        None | Some("status") => Command::Status,
        Some("version") => Command::Version,
        Some("push") => Command::Push {
            src: pos.next().ok_or(UsageError::MissingArgument("source"))?.into(),
            dest: pos.next().ok_or(UsageError::MissingArgument("destination"))?,
        },
        Some("pull") => Command::Pull {
            src: pos.next().ok_or(UsageError::MissingArgument("source"))?,
            dest: pos.next().ok_or(UsageError::MissingArgument("destination"))?.into(),
        },
        Some(other) => return Err(UsageError::UnknownCommand(other.to_string())),
    };
    Ok((cmd, opts))
}

pub fn help() -> String {
    let mut s = format!("{} {}.{}.{}\n\nflags:\n", PROGRAM, VERSION.0, VERSION.1, VERSION.2);
    for f in FLAGS.iter() {
        let short = f.short.map(|c| format!("-{}, ", c)).unwrap_or_default();
        s += &format!("  {}--{:<w$}  {}\n", short, f.long, f.help, w = LONGEST_FLAG);
    }
    s
}

pub fn run_from_env() -> ExitCode {
    let args: Vec<OsString> = env::args_os().skip(1).collect();
    let args = args.into_iter().map(|a| a.to_string_lossy().into_owned());
    match parse(args) {
        Ok((Command::Help, _)) => {
            print!("{}", help());
            ExitCode::SUCCESS
        }
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}: {}", PROGRAM, e);
            ExitCode::from(EXIT_USAGE)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses() {
        let (c, o) = parse(["-j", "8", "push", "./a", "host:/b", "-n"]).unwrap();
        assert_eq!(c, Command::Push { src: "./a".into(), dest: "host:/b".into() });
        assert!(o.dry_run && o.jobs == 8);
        assert_eq!(parse(["--jobs", "0"]).unwrap_err(), UsageError::BadJobs("0".into()));
        assert!(help().contains("--dry-run"));
    }
}
