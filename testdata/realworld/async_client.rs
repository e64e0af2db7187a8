//! An async HTTP-ish client facade: async fns and traits, a hand-written
//! future, retry policy constants, and a global connection registry in a
//! static Mutex.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::task::{Context, Poll};
use std::time::Duration;

pub const CONNECT_TIMEOUT: Duration = Duration::from_millis(2_500);
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
pub const MAX_RETRIES: u32 = 5;
pub const BASE_BACKOFF_MS: u64 = 100;
pub const MAX_BACKOFF_MS: u64 = 10_000;
pub const USER_AGENT: &str = concat!("demo-client/", "1.4.2");

pub const fn backoff_ms(attempt: u32) -> u64 {
    let exp = BASE_BACKOFF_MS << attempt;
    if exp > MAX_BACKOFF_MS { MAX_BACKOFF_MS } else { exp }
}

pub const BACKOFF_SCHEDULE: [u64; 6] = {
    let mut s = [0; 6];
    let mut i = 0;
    while i < 6 {
        s[i] = backoff_ms(i as u32);
        i += 1;
    }
    s
};
pub const TOTAL_BACKOFF_MS: u64 = {
    let mut t = 0;
    let mut i = 0;
    while i < BACKOFF_SCHEDULE.len() {
        t += BACKOFF_SCHEDULE[i];
        i += 1;
    }
    t
};

static NEXT_REQUEST_ID: AtomicU64 = AtomicU64::new(1);
static REGISTRY: Mutex<Vec<String>> = Mutex::new(Vec::new());
static STATS: Mutex<Option<HashMap<String, u32>>> = Mutex::new(None);

pub fn register_host(host: &str) -> usize {
    let mut reg = REGISTRY.lock().unwrap();
    if let Some(i) = reg.iter().position(|h| h == host) {
        return i;
    }
    reg.push(host.to_owned());
    reg.len() - 1
}

fn count(host: &str) {
    let mut stats = STATS.lock().unwrap();
    *stats.get_or_insert_with(HashMap::new).entry(host.to_string()).or_insert(0) += 1;
}

#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub status: u16,
    pub body: Vec<u8>,
    pub request_id: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ClientError {
    Timeout(Duration),
    Refused { host: String },
    Status(u16),
}

impl std::fmt::Display for ClientError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ClientError::Timeout(d) => write!(f, "timed out after {:?}", d),
            ClientError::Refused { host } => write!(f, "connection to {} refused", host),
            ClientError::Status(s) => write!(f, "server answered {}", s),
        }
    }
}

pub trait Transport {
    fn send(&self, host: &str, path: &str) -> impl Future<Output = Result<Response, ClientError>> + Send;
}

/// A future that is ready after being polled a given number of times.
pub struct Countdown {
    remaining: u32,
}

impl Future for Countdown {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.remaining == 0 {
            Poll::Ready(())
        } else {
            self.remaining -= 1;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

pub fn yield_times(n: u32) -> Countdown {
    Countdown { remaining: n }
}

pub struct FakeTransport {
    pub fail_first: u32,
}

impl Transport for FakeTransport {
    async fn send(&self, host: &str, path: &str) -> Result<Response, ClientError> {
        yield_times(2).await;
        let id = NEXT_REQUEST_ID.fetch_add(1, Ordering::Relaxed);
        if id <= self.fail_first as u64 {
            return Err(ClientError::Refused { host: host.to_string() });
        }
        count(host);
        Ok(Response { status: 200, body: path.as_bytes().to_vec(), request_id: id })
    }
}

pub struct Client<T: Transport> {
    transport: T,
    retries: u32,
}

impl<T: Transport> Client<T> {
    pub fn new(transport: T) -> Self {
        Client { transport, retries: MAX_RETRIES }
    }

    pub async fn get(&self, host: &str, path: &str) -> Result<Response, ClientError> {
        let mut last = None;
        for attempt in 0..=self.retries {
            match self.transport.send(host, path).await {
                Ok(r) if r.status < 500 => return Ok(r),
                Ok(r) => last = Some(ClientError::Status(r.status)),
                Err(e) => last = Some(e),
            }
            yield_times(backoff_ms(attempt) as u32 / 1000).await;
        }
        Err(last.unwrap_or(ClientError::Timeout(REQUEST_TIMEOUT)))
    }

    pub async fn get_text(&self, host: &str, path: &str) -> Result<String, ClientError> {
        let r = self.get(host, path).await?;
        Ok(String::from_utf8_lossy(&r.body).into_owned())
    }
}

pub async fn fetch_all<T: Transport>(c: &Client<T>, paths: &[&str]) -> Vec<Result<String, ClientError>> {
    let mut out = Vec::with_capacity(paths.len());
    for p in paths {
        out.push(c.get_text("example.test", p).await);
    }
    out
}
