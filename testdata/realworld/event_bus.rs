//! An in-process event bus: subscribers are boxed closures keyed by
//! topic, shared through Rc<RefCell<..>>, ordered by priority.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::{Rc, Weak};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Priority {
    Low = 10,
    Normal = 50,
    High = 90,
    Critical = 255,
}

impl Priority {
    pub const ALL: [Priority; 4] = [Priority::Low, Priority::Normal, Priority::High, Priority::Critical];

    pub const fn weight(self) -> u32 {
        self as u8 as u32 * 4
    }
}

pub const DEFAULT_PRIORITY: Priority = Priority::Normal;
pub const MAX_SUBSCRIBERS_PER_TOPIC: usize = 32;
pub const TOTAL_WEIGHT: u32 = {
    let mut w = 0;
    let mut i = 0;
    while i < Priority::ALL.len() {
        w += Priority::ALL[i].weight();
        i += 1;
    }
    w
};

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    UserJoined { id: u64, name: String },
    UserLeft(u64),
    Message { from: u64, text: String },
    Tick,
}

impl Event {
    pub fn topic(&self) -> &'static str {
        match self {
            Event::UserJoined { .. } | Event::UserLeft(_) => "presence",
            Event::Message { .. } => "chat",
            Event::Tick => "clock",
        }
    }
}

type Handler = Box<dyn FnMut(&Event) -> bool>;

struct Subscriber {
    priority: Priority,
    handler: Handler,
    id: usize,
}

#[derive(Default)]
pub struct Bus {
    topics: HashMap<&'static str, Vec<Subscriber>>,
    next_id: usize,
    delivered: usize,
}

#[derive(Debug, PartialEq, Eq)]
pub enum BusError {
    TooManySubscribers(&'static str),
    NoSuchSubscription(usize),
}

impl fmt::Display for BusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BusError::TooManySubscribers(t) => write!(f, "topic {} has {} subscribers already", t, MAX_SUBSCRIBERS_PER_TOPIC),
            BusError::NoSuchSubscription(id) => write!(f, "no subscription {}", id),
        }
    }
}

impl Bus {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn subscribe<F>(&mut self, topic: &'static str, priority: Priority, f: F) -> Result<usize, BusError>
    where
        F: FnMut(&Event) -> bool + 'static,
    {
        let subs = self.topics.entry(topic).or_default();
        if subs.len() >= MAX_SUBSCRIBERS_PER_TOPIC {
            return Err(BusError::TooManySubscribers(topic));
        }
        let id = self.next_id;
        self.next_id += 1;
        subs.push(Subscriber { priority, handler: Box::new(f), id });
        subs.sort_by(|a, b| b.priority.cmp(&a.priority));
        Ok(id)
    }

    pub fn unsubscribe(&mut self, id: usize) -> Result<(), BusError> {
        for subs in self.topics.values_mut() {
            if let Some(pos) = subs.iter().position(|s| s.id == id) {
                subs.remove(pos);
                return Ok(());
            }
        }
        Err(BusError::NoSuchSubscription(id))
    }

    /// Delivers an event; a handler returning `false` stops propagation.
    pub fn publish(&mut self, e: &Event) -> usize {
        let mut n = 0;
        if let Some(subs) = self.topics.get_mut(e.topic()) {
            for s in subs.iter_mut() {
                n += 1;
                if !(s.handler)(e) {
                    break;
                }
            }
        }
        self.delivered += n;
        n
    }

    pub fn delivered(&self) -> usize {
        self.delivered
    }
}

/// A chat log that subscribes itself through a weak reference.
pub struct ChatLog {
    lines: Vec<String>,
}

impl ChatLog {
    pub fn attach(bus: &mut Bus) -> Rc<RefCell<ChatLog>> {
        let log = Rc::new(RefCell::new(ChatLog { lines: Vec::new() }));
        let weak: Weak<RefCell<ChatLog>> = Rc::downgrade(&log);
        bus.subscribe("chat", DEFAULT_PRIORITY, move |e| {
            if let (Some(log), Event::Message { from, text }) = (weak.upgrade(), e) {
                log.borrow_mut().lines.push(format!("{}: {}", from, text));
            }
            true
        })
        .expect("fresh topic");
        log
    }

    pub fn lines(&self) -> &[String] {
        &self.lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn priorities_and_stop() {
        let mut bus = Bus::new();
        let seen = Rc::new(RefCell::new(Vec::new()));
        let s1 = Rc::clone(&seen);
        bus.subscribe("clock", Priority::Low, move |_| {
            s1.borrow_mut().push("low");
            true
        })
        .unwrap();
        let s2 = Rc::clone(&seen);
        bus.subscribe("clock", Priority::Critical, move |_| {
            s2.borrow_mut().push("critical");
            false
        })
        .unwrap();
        assert_eq!(bus.publish(&Event::Tick), 1);
        assert_eq!(*seen.borrow(), vec!["critical"]);
    }
}
