// Inventory management with HashMap and String; limits and defaults as consts.
use std::collections::HashMap;
use std::fmt;

pub const MAX_STACK: u32 = 64;
pub const MAX_SLOTS: usize = 9 * 4;
pub const DEFAULT_ITEMS: [(&str, u32); 3] = [("torch", 16), ("bread", 5), ("arrow", 100)];
pub const STACKS_FOR_ARROWS: u32 = (DEFAULT_ITEMS[2].1 + MAX_STACK - 1) / MAX_STACK;

#[derive(Debug)]
pub enum InvError {
    Full { wanted: u32, free: usize },
    Unknown(String),
}

impl fmt::Display for InvError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            InvError::Full { wanted, free } => write!(f, "no room for {} (only {} free slots)", wanted, free),
            InvError::Unknown(name) => write!(f, "unknown item {:?}", name),
        }
    }
}

#[derive(Default)]
pub struct Inventory {
    counts: HashMap<String, u32>,
}

impl Inventory {
    pub fn with_defaults() -> Self {
        let mut inv = Inventory::default();
        for (name, n) in DEFAULT_ITEMS {
            inv.add(name, n).expect("defaults fit");
        }
        inv
    }

    pub fn slots_used(&self) -> usize {
        self.counts.values().map(|&n| ((n + MAX_STACK - 1) / MAX_STACK) as usize).sum()
    }

    pub fn add(&mut self, name: &str, n: u32) -> Result<u32, InvError> {
        let current = self.counts.get(name).copied().unwrap_or(0);
        let extra_slots = ((current + n + MAX_STACK - 1) / MAX_STACK) as usize - ((current + MAX_STACK - 1) / MAX_STACK) as usize;
        let free = MAX_SLOTS - self.slots_used();
        if extra_slots > free {
            return Err(InvError::Full { wanted: n, free });
        }
        let entry = self.counts.entry(name.to_string()).or_insert(0);
        *entry += n;
        Ok(*entry)
    }

    pub fn take(&mut self, name: &str, n: u32) -> Result<u32, InvError> {
        match self.counts.get_mut(name) {
            Some(c) if *c >= n => {
                *c -= n;
                Ok(*c)
            }
            _ => Err(InvError::Unknown(name.to_owned())),
        }
    }

    pub fn report(&self) -> String {
        let mut names: Vec<_> = self.counts.iter().filter(|(_, &c)| c > 0).collect();
        names.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        names.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join(", ")
    }
}

pub fn main_like() {
    let mut inv = Inventory::with_defaults();
    if let Err(e) = inv.add("stone", 64 * 40) {
        eprintln!("error: {}", e);
    }
    let _ = inv.take("bread", 2);
    println!("{} ({} slots)", inv.report(), inv.slots_used());
}

pub const FREE_AFTER_DEFAULTS: usize = MAX_SLOTS - 1 - 1 - STACKS_FOR_ARROWS as usize;
