//! Rate limiting for an API gateway: a token bucket with fixed-point
//! refill math, per-client buckets behind Arc<Mutex<..>>, tiers described
//! by constants, and a sliding-window counter.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// Tokens are stored in milli-tokens so refills stay integral.
pub const MILLI: u64 = 1000;
pub const DEFAULT_BURST: u64 = 20;
pub const DEFAULT_RATE_PER_SEC: u64 = 5;
pub const WINDOW: Duration = Duration::from_secs(60);
pub const IDLE_EVICT_AFTER: Duration = Duration::from_secs(15 * 60);
pub const MAX_CLIENTS: usize = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tier {
    pub name: &'static str,
    pub burst: u64,
    pub per_sec: u64,
    pub per_window: u32,
}

pub const TIERS: [Tier; 3] = [
    Tier { name: "free", burst: DEFAULT_BURST, per_sec: DEFAULT_RATE_PER_SEC, per_window: 100 },
    Tier { name: "pro", burst: DEFAULT_BURST * 5, per_sec: DEFAULT_RATE_PER_SEC * 10, per_window: 3_000 },
    Tier { name: "internal", burst: u32::MAX as u64, per_sec: 1_000_000, per_window: u32::MAX },
];

pub const fn tier(name: &str) -> Option<Tier> {
    let mut i = 0;
    while i < TIERS.len() {
        let (a, b) = (TIERS[i].name.as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return Some(TIERS[i]);
            }
        }
        i += 1;
    }
    None
}

/// Milli-tokens gained over `elapsed` at `per_sec` tokens per second.
pub const fn refill_milli(per_sec: u64, elapsed: Duration) -> u64 {
    let ms = elapsed.as_millis() as u64;
    per_sec * ms
}

pub const PRO: Option<Tier> = tier("pro");
pub const UNKNOWN: Option<Tier> = tier("gold");
pub const HALF_SECOND_FREE: u64 = refill_milli(DEFAULT_RATE_PER_SEC, Duration::from_millis(500));
pub const SECONDS_TO_FULL_FREE: u64 = DEFAULT_BURST / DEFAULT_RATE_PER_SEC;

#[derive(Debug, Clone)]
pub struct Bucket {
    milli_tokens: u64,
    last: Instant,
    tier: Tier,
}

impl Bucket {
    pub fn new(tier: Tier, now: Instant) -> Self {
        Bucket { milli_tokens: tier.burst * MILLI, last: now, tier }
    }

    pub fn try_take(&mut self, now: Instant, cost: u64) -> Result<(), Duration> {
        let gained = refill_milli(self.tier.per_sec, now.saturating_duration_since(self.last));
        self.milli_tokens = (self.milli_tokens + gained).min(self.tier.burst * MILLI);
        self.last = now;
        let need = cost * MILLI;
        if self.milli_tokens >= need {
            self.milli_tokens -= need;
            Ok(())
        } else {
            let missing = need - self.milli_tokens;
            Err(Duration::from_millis(missing.div_ceil(self.tier.per_sec.max(1))))
        }
    }
}

#[derive(Debug, Default)]
pub struct SlidingWindow {
    hits: VecDeque<Instant>,
}

impl SlidingWindow {
    pub fn hit(&mut self, now: Instant, limit: u32) -> bool {
        while self.hits.front().is_some_and(|t| now.duration_since(*t) >= WINDOW) {
            self.hits.pop_front();
        }
        if self.hits.len() as u32 >= limit {
            return false;
        }
        self.hits.push_back(now);
        true
    }
}

#[derive(Clone, Default)]
pub struct Limiter {
    clients: Arc<Mutex<HashMap<String, (Bucket, SlidingWindow)>>>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Decision {
    Allow,
    RetryAfter(Duration),
    WindowExceeded,
    TooManyClients,
}

impl Limiter {
    fn lock(&self) -> MutexGuard<'_, HashMap<String, (Bucket, SlidingWindow)>> {
        self.clients.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn check(&self, client: &str, tier_name: &str, now: Instant) -> Decision {
        let tier = tier(tier_name).unwrap_or(TIERS[0]);
        let mut map = self.lock();
        if !map.contains_key(client) && map.len() >= MAX_CLIENTS {
            return Decision::TooManyClients;
        }
        let (bucket, window) = map.entry(client.to_owned()).or_insert_with(|| (Bucket::new(tier, now), SlidingWindow::default()));
        if let Err(wait) = bucket.try_take(now, 1) {
            return Decision::RetryAfter(wait);
        }
        if !window.hit(now, tier.per_window) {
            return Decision::WindowExceeded;
        }
        Decision::Allow
    }

    pub fn evict_idle(&self, now: Instant) -> usize {
        let mut map = self.lock();
        let before = map.len();
        map.retain(|_, (b, _)| now.saturating_duration_since(b.last) < IDLE_EVICT_AFTER);
        before - map.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn burst_then_wait() {
        let l = Limiter::default();
        let t0 = Instant::now();
        let allowed = (0..25).filter(|_| l.check("a", "free", t0) == Decision::Allow).count();
        assert_eq!(allowed as u64, DEFAULT_BURST);
        assert_eq!(l.check("a", "free", t0), Decision::RetryAfter(Duration::from_millis(200)));
        assert_eq!(l.check("a", "free", t0 + Duration::from_secs(1)), Decision::Allow);
    }
}
