//! A traffic-light controller: phases as an enum with timing tables in
//! constants, a state machine driven by an iterator, and a simulation
//! that records transitions.

use std::collections::VecDeque;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    NorthSouthGreen,
    NorthSouthYellow,
    AllRed1,
    EastWestGreen,
    EastWestYellow,
    AllRed2,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    pub min_secs: u16,
    pub max_secs: u16,
}

pub const PHASES: [Phase; 6] = [
    Phase::NorthSouthGreen,
    Phase::NorthSouthYellow,
    Phase::AllRed1,
    Phase::EastWestGreen,
    Phase::EastWestYellow,
    Phase::AllRed2,
];

pub const TIMINGS: [Timing; 6] = [
    Timing { min_secs: 15, max_secs: 60 },
    Timing { min_secs: 4, max_secs: 4 },
    Timing { min_secs: 2, max_secs: 2 },
    Timing { min_secs: 10, max_secs: 45 },
    Timing { min_secs: 4, max_secs: 4 },
    Timing { min_secs: 2, max_secs: 2 },
];

impl Phase {
    pub const fn index(self) -> usize {
        self as usize
    }

    pub const fn next(self) -> Phase {
        PHASES[(self.index() + 1) % PHASES.len()]
    }

    pub const fn timing(self) -> Timing {
        TIMINGS[self.index()]
    }

    pub const fn is_green(self) -> bool {
        matches!(self, Phase::NorthSouthGreen | Phase::EastWestGreen)
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Phase::NorthSouthGreen => "NS green",
            Phase::NorthSouthYellow => "NS yellow",
            Phase::AllRed1 | Phase::AllRed2 => "all red",
            Phase::EastWestGreen => "EW green",
            Phase::EastWestYellow => "EW yellow",
        };
        f.write_str(s)
    }
}

pub const fn cycle_bounds() -> (u32, u32) {
    let mut lo = 0;
    let mut hi = 0;
    let mut i = 0;
    while i < TIMINGS.len() {
        lo += TIMINGS[i].min_secs as u32;
        hi += TIMINGS[i].max_secs as u32;
        i += 1;
    }
    (lo, hi)
}

pub const CYCLE: (u32, u32) = cycle_bounds();
pub const AFTER_LAST: Phase = Phase::AllRed2.next();
pub const GREEN_PHASES: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < PHASES.len() {
        if PHASES[i].is_green() {
            n += 1;
        }
        i += 1;
    }
    n
};
pub const PEDESTRIAN_EXTENSION_SECS: u16 = 7;
pub const MAX_QUEUE: usize = 40;

#[derive(Debug, Default)]
pub struct Sensors {
    pub ns_queue: usize,
    pub ew_queue: usize,
    pub pedestrian: bool,
}

pub struct Controller {
    phase: Phase,
    elapsed: u16,
    pub log: VecDeque<(u32, Phase)>,
    clock: u32,
}

impl Controller {
    pub fn new() -> Self {
        Controller { phase: Phase::NorthSouthGreen, elapsed: 0, log: VecDeque::with_capacity(16), clock: 0 }
    }

    fn wants_switch(&self, s: &Sensors) -> bool {
        let t = self.phase.timing();
        let extra = if s.pedestrian && self.phase.is_green() { PEDESTRIAN_EXTENSION_SECS } else { 0 };
        if self.elapsed < t.min_secs + extra {
            return false;
        }
        if self.elapsed >= t.max_secs + extra {
            return true;
        }
        match self.phase {
            Phase::NorthSouthGreen => s.ew_queue > s.ns_queue,
            Phase::EastWestGreen => s.ns_queue >= s.ew_queue,
            _ => true,
        }
    }

    pub fn tick(&mut self, s: &Sensors) -> Option<Phase> {
        self.clock += 1;
        self.elapsed += 1;
        if !self.wants_switch(s) {
            return None;
        }
        self.phase = self.phase.next();
        self.elapsed = 0;
        if self.log.len() == 16 {
            self.log.pop_front();
        }
        self.log.push_back((self.clock, self.phase));
        Some(self.phase)
    }
}

/// Iterates phases forever, each with its minimum duration.
pub fn schedule() -> impl Iterator<Item = (Phase, u16)> {
    std::iter::successors(Some(Phase::NorthSouthGreen), |p| Some(p.next())).map(|p| (p, p.timing().min_secs))
}

pub fn simulate(secs: u32, mut sensors: impl FnMut(u32) -> Sensors) -> Vec<(u32, Phase)> {
    let mut c = Controller::new();
    (1..=secs).filter_map(|t| c.tick(&sensors(t)).map(|p| (t, p))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycles_through_all_phases() {
        let changes = simulate(200, |_| Sensors { ns_queue: 1, ew_queue: 5, pedestrian: false });
        assert_eq!(changes[0].1, Phase::NorthSouthYellow);
        let first: Vec<_> = schedule().take(7).map(|(p, _)| p).collect();
        assert_eq!(first[6], Phase::NorthSouthGreen);
    }
}
