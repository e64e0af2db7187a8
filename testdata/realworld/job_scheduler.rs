//! A cron-like job scheduler: schedule specs parsed from strings, next-run
//! computation over a simple calendar, jobs ordered in a BTreeMap, and
//! boxed job closures.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

pub const MINUTES_PER_HOUR: u32 = 60;
pub const HOURS_PER_DAY: u32 = 24;
pub const MINUTES_PER_DAY: u32 = MINUTES_PER_HOUR * HOURS_PER_DAY;
pub const DAYS_PER_WEEK: u32 = 7;
pub const MINUTES_PER_WEEK: u32 = MINUTES_PER_DAY * DAYS_PER_WEEK;
pub const MAX_JOBS: usize = 256;
pub const WEEKDAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Minute-of-week for a weekday (0 = Monday), hour and minute.
pub const fn minute_of_week(day: u32, hour: u32, minute: u32) -> u32 {
    day * MINUTES_PER_DAY + hour * MINUTES_PER_HOUR + minute
}

pub const MONDAY_9AM: u32 = minute_of_week(0, 9, 0);
pub const FRIDAY_5PM: u32 = minute_of_week(4, 17, 0);
pub const WORK_WEEK_MINUTES: u32 = FRIDAY_5PM - MONDAY_9AM;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spec {
    EveryMinutes(u32),
    Daily { hour: u32, minute: u32 },
    Weekly { day: u32, hour: u32, minute: u32 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError(pub String);

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid schedule: {}", self.0)
    }
}

fn parse_hm(s: &str) -> Result<(u32, u32), SpecError> {
    let (h, m) = s.split_once(':').ok_or_else(|| SpecError(format!("expected HH:MM, got {:?}", s)))?;
    let h: u32 = h.parse().map_err(|_| SpecError(format!("bad hour {:?}", h)))?;
    let m: u32 = m.parse().map_err(|_| SpecError(format!("bad minute {:?}", m)))?;
    if h >= HOURS_PER_DAY || m >= MINUTES_PER_HOUR {
        return Err(SpecError(format!("{}:{} is not a time of day", h, m)));
    }
    Ok((h, m))
}

impl FromStr for Spec {
    type Err = SpecError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let words: Vec<&str> = s.split_whitespace().collect();
        match words.as_slice() {
            ["every", n, "min"] => {
                let n: u32 = n.parse().map_err(|_| SpecError(format!("bad interval {:?}", n)))?;
                if n == 0 || n > MINUTES_PER_WEEK {
                    return Err(SpecError("interval out of range".into()));
                }
                Ok(Spec::EveryMinutes(n))
            }
            ["daily", "at", t] => parse_hm(t).map(|(hour, minute)| Spec::Daily { hour, minute }),
            [day, "at", t] => {
                let day = WEEKDAY_NAMES
                    .iter()
                    .position(|d| d.eq_ignore_ascii_case(day))
                    .ok_or_else(|| SpecError(format!("unknown day {:?}", day)))? as u32;
                let (hour, minute) = parse_hm(t)?;
                Ok(Spec::Weekly { day, hour, minute })
            }
            _ => Err(SpecError(format!("cannot parse {:?}", s))),
        }
    }
}

impl Spec {
    /// The first run strictly after `now` (minutes since a Monday 00:00).
    pub fn next_after(&self, now: u64) -> u64 {
        match *self {
            Spec::EveryMinutes(n) => (now / n as u64 + 1) * n as u64,
            Spec::Daily { hour, minute } => {
                let at = (hour * MINUTES_PER_HOUR + minute) as u64;
                let day = now / MINUTES_PER_DAY as u64;
                let t = day * MINUTES_PER_DAY as u64 + at;
                if t > now { t } else { t + MINUTES_PER_DAY as u64 }
            }
            Spec::Weekly { day, hour, minute } => {
                let at = minute_of_week(day, hour, minute) as u64;
                let week = now / MINUTES_PER_WEEK as u64;
                let t = week * MINUTES_PER_WEEK as u64 + at;
                if t > now { t } else { t + MINUTES_PER_WEEK as u64 }
            }
        }
    }
}

pub type JobFn = Box<dyn FnMut(u64) -> Result<(), String> + Send>;

pub struct Scheduler {
    queue: BTreeMap<(u64, usize), (Spec, JobFn)>,
    next_id: usize,
    pub failures: Vec<(usize, String)>,
}

impl Scheduler {
    pub fn new() -> Self {
        Scheduler { queue: BTreeMap::new(), next_id: 0, failures: Vec::new() }
    }

    pub fn add(&mut self, spec: &str, now: u64, job: JobFn) -> Result<usize, SpecError> {
        if self.queue.len() >= MAX_JOBS {
            return Err(SpecError("too many jobs".into()));
        }
        let spec: Spec = spec.parse()?;
        let id = self.next_id;
        self.next_id += 1;
        self.queue.insert((spec.next_after(now), id), (spec, job));
        Ok(id)
    }

    /// Runs every job due at or before `until`, rescheduling each.
    pub fn run_until(&mut self, until: u64) -> usize {
        let mut ran = 0;
        while let Some(entry) = self.queue.first_entry() {
            let (at, id) = *entry.key();
            if at > until {
                break;
            }
            let (spec, mut job) = entry.remove();
            if let Err(e) = job(at) {
                self.failures.push((id, e));
            }
            ran += 1;
            self.queue.insert((spec.next_after(at), id), (spec, job));
        }
        ran
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules() {
        assert_eq!("tue at 10:30".parse(), Ok(Spec::Weekly { day: 1, hour: 10, minute: 30 }));
        assert!("daily at 25:00".parse::<Spec>().is_err());
        let mut s = Scheduler::new();
        s.add("every 15 min", 0, Box::new(|_| Ok(()))).unwrap();
        s.add("daily at 00:30", 0, Box::new(|t| if t > 1000 { Err("late".into()) } else { Ok(()) })).unwrap();
        assert_eq!(s.run_until(60), 5);
    }
}
