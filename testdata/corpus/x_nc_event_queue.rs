// A priority event queue with BinaryHeap, VecDeque and a custom Ord impl.
use std::cmp::Ordering;
use std::collections::{BinaryHeap, VecDeque};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Priority {
    Low = 1,
    Normal = 5,
    High = 10,
    Critical = 100,
}

pub const PRIORITIES: [Priority; 4] = [Priority::Low, Priority::Normal, Priority::High, Priority::Critical];
pub const WEIGHT_TOTAL: u32 = {
    let mut s = 0;
    let mut i = 0;
    while i < PRIORITIES.len() {
        s += PRIORITIES[i] as u32;
        i += 1;
    }
    s
};
pub const TICK_MS: u64 = 16;
pub const TICKS_PER_SEC: u64 = 1000 / TICK_MS;

#[derive(Debug, PartialEq, Eq)]
pub struct Event {
    pub at: u64,
    pub prio: Priority,
    pub name: String,
}

impl Ord for Event {
    fn cmp(&self, other: &Self) -> Ordering {
        other.at.cmp(&self.at).then_with(|| self.prio.cmp(&other.prio))
    }
}

impl PartialOrd for Event {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

pub struct Scheduler {
    heap: BinaryHeap<Event>,
    log: VecDeque<String>,
    now: u64,
}

impl Scheduler {
    pub const LOG_LIMIT: usize = 8;

    pub fn new() -> Self {
        Scheduler { heap: BinaryHeap::new(), log: VecDeque::new(), now: 0 }
    }

    pub fn schedule(&mut self, delay_ticks: u64, prio: Priority, name: impl Into<String>) {
        self.heap.push(Event { at: self.now + delay_ticks * TICK_MS, prio, name: name.into() });
    }

    pub fn run_until(&mut self, t: u64) -> usize {
        let mut n = 0;
        while let Some(ev) = self.heap.peek() {
            if ev.at > t {
                break;
            }
            let ev = self.heap.pop().unwrap();
            self.now = ev.at;
            if self.log.len() == Self::LOG_LIMIT {
                self.log.pop_front();
            }
            self.log.push_back(format!("{}@{}:{:?}", ev.name, ev.at, ev.prio));
            n += 1;
        }
        n
    }
}

pub fn demo() -> Vec<String> {
    let mut s = Scheduler::new();
    for (i, p) in PRIORITIES.iter().rev().enumerate() {
        s.schedule(i as u64 % 2, *p, format!("job{}", i));
    }
    s.run_until(TICKS_PER_SEC * TICK_MS);
    s.log.into_iter().collect()
}

pub const CRITICAL_OVER_LOW: u32 = Priority::Critical as u32 / Priority::Low as u32;
