//! A least-recently-used cache over HashMap and a doubly linked list
//! stored in a Vec, with sizing constants for a DNS resolver.

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;
use std::time::{Duration, Instant};

pub const DEFAULT_CAPACITY: usize = 1 << 10;
pub const MIN_TTL: Duration = Duration::from_secs(5);
pub const MAX_TTL: Duration = Duration::from_secs(24 * 60 * 60);
pub const MAX_TTL_SECS: u64 = MAX_TTL.as_secs();
pub const NIL: usize = usize::MAX;
pub const SHARDS: usize = 16;
pub const PER_SHARD: usize = DEFAULT_CAPACITY / SHARDS;

pub const fn clamp_ttl(secs: u64) -> Duration {
    if secs < MIN_TTL.as_secs() {
        MIN_TTL
    } else if secs > MAX_TTL_SECS {
        MAX_TTL
    } else {
        Duration::from_secs(secs)
    }
}

pub const CLAMPED: [Duration; 3] = [clamp_ttl(0), clamp_ttl(300), clamp_ttl(1 << 40)];

struct Node<K, V> {
    key: K,
    value: V,
    prev: usize,
    next: usize,
}

pub struct Lru<K, V> {
    map: HashMap<K, usize>,
    nodes: Vec<Node<K, V>>,
    head: usize,
    tail: usize,
    capacity: usize,
}

impl<K: Hash + Eq + Clone, V> Lru<K, V> {
    pub fn with_capacity(capacity: usize) -> Self {
        assert!(capacity > 0, "capacity must be positive");
        Lru { map: HashMap::with_capacity(capacity), nodes: Vec::with_capacity(capacity), head: NIL, tail: NIL, capacity }
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    fn unlink(&mut self, i: usize) {
        let (prev, next) = (self.nodes[i].prev, self.nodes[i].next);
        if prev != NIL {
            self.nodes[prev].next = next;
        } else {
            self.head = next;
        }
        if next != NIL {
            self.nodes[next].prev = prev;
        } else {
            self.tail = prev;
        }
    }

    fn push_front(&mut self, i: usize) {
        self.nodes[i].prev = NIL;
        self.nodes[i].next = self.head;
        if self.head != NIL {
            self.nodes[self.head].prev = i;
        }
        self.head = i;
        if self.tail == NIL {
            self.tail = i;
        }
    }

    pub fn get<Q>(&mut self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let i = *self.map.get(key)?;
        self.unlink(i);
        self.push_front(i);
        Some(&self.nodes[i].value)
    }

    pub fn put(&mut self, key: K, value: V) -> Option<V> {
        if let Some(&i) = self.map.get(&key) {
            self.unlink(i);
            self.push_front(i);
            return Some(std::mem::replace(&mut self.nodes[i].value, value));
        }
        let i = if self.nodes.len() < self.capacity {
            self.nodes.push(Node { key: key.clone(), value, prev: NIL, next: NIL });
            self.nodes.len() - 1
        } else {
            let victim = self.tail;
            self.unlink(victim);
            let old_key = std::mem::replace(&mut self.nodes[victim].key, key.clone());
            self.map.remove(&old_key);
            self.nodes[victim].value = value;
            victim
        };
        self.map.insert(key, i);
        self.push_front(i);
        None
    }

    pub fn keys_by_recency(&self) -> impl Iterator<Item = &K> + '_ {
        let mut cur = self.head;
        std::iter::from_fn(move || {
            if cur == NIL {
                return None;
            }
            let n = &self.nodes[cur];
            cur = n.next;
            Some(&n.key)
        })
    }
}

#[derive(Debug, Clone)]
pub struct Record {
    pub addr: [u8; 4],
    pub expires: Instant,
}

pub struct Resolver {
    shards: Vec<Lru<String, Record>>,
}

impl Resolver {
    pub fn new() -> Self {
        Resolver { shards: (0..SHARDS).map(|_| Lru::with_capacity(PER_SHARD)).collect() }
    }

    fn shard(&mut self, name: &str) -> &mut Lru<String, Record> {
        let h = name.bytes().fold(0usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize));
        &mut self.shards[h % SHARDS]
    }

    pub fn insert(&mut self, name: &str, addr: [u8; 4], ttl_secs: u64) {
        let expires = Instant::now() + clamp_ttl(ttl_secs);
        self.shard(name).put(name.to_string(), Record { addr, expires });
    }

    pub fn lookup(&mut self, name: &str) -> Option<[u8; 4]> {
        let now = Instant::now();
        self.shard(name).get(name).filter(|r| r.expires > now).map(|r| r.addr)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evicts_least_recent() {
        let mut c = Lru::with_capacity(2);
        c.put("a", 1);
        c.put("b", 2);
        assert_eq!(c.get("a"), Some(&1));
        c.put("c", 3);
        assert!(c.get("b").is_none());
        let order: Vec<_> = c.keys_by_recency().copied().collect();
        assert_eq!(order, ["c", "a"]);
    }
}
