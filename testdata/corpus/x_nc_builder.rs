// Builder pattern with String fields, Default, and const defaults used by ordinary code.
use std::fmt;

pub const DEFAULT_TIMEOUT_MS: u32 = 30_000;
pub const DEFAULT_RETRIES: u8 = 3;
pub const DEFAULT_HEADERS: &[(&str, &str)] = &[("Accept", "*/*"), ("User-Agent", "demo/1.0")];
pub const BACKOFF_MS: [u32; DEFAULT_RETRIES as usize] = {
    let mut b = [0u32; DEFAULT_RETRIES as usize];
    let mut i = 0;
    while i < b.len() {
        b[i] = 100 << (2 * i);
        i += 1;
    }
    b
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Delete,
}

#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub timeout_ms: u32,
    pub retries: u8,
    pub body: Option<Vec<u8>>,
}

#[derive(Default)]
pub struct RequestBuilder {
    method: Option<Method>,
    url: String,
    headers: Vec<(String, String)>,
    timeout_ms: Option<u32>,
    retries: Option<u8>,
    body: Option<Vec<u8>>,
}

impl RequestBuilder {
    pub fn new(url: &str) -> Self {
        RequestBuilder { url: url.to_string(), ..Default::default() }
    }
    pub fn method(mut self, m: Method) -> Self {
        self.method = Some(m);
        self
    }
    pub fn header(mut self, k: &str, v: impl ToString) -> Self {
        self.headers.push((k.into(), v.to_string()));
        self
    }
    pub fn timeout(mut self, ms: u32) -> Self {
        self.timeout_ms = Some(ms);
        self
    }
    pub fn body(mut self, b: &[u8]) -> Self {
        self.body = Some(b.to_vec());
        self
    }
    pub fn build(self) -> Request {
        let mut headers: Vec<(String, String)> =
            DEFAULT_HEADERS.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        headers.extend(self.headers);
        Request {
            method: self.method.unwrap_or(Method::Get),
            url: self.url,
            headers,
            timeout_ms: self.timeout_ms.unwrap_or(DEFAULT_TIMEOUT_MS),
            retries: self.retries.unwrap_or(DEFAULT_RETRIES),
            body: self.body,
        }
    }
}

impl fmt::Display for Request {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:?} {} (timeout {}ms, {} retries)", self.method, self.url, self.timeout_ms, self.retries)?;
        for (k, v) in &self.headers {
            writeln!(f, "{}: {}", k, v)?;
        }
        if let Some(b) = &self.body {
            write!(f, "<{} bytes>", b.len())?;
        }
        Ok(())
    }
}

pub fn demo() -> String {
    let r = RequestBuilder::new("https://example.com/api")
        .method(Method::Post)
        .header("Content-Length", 5)
        .timeout(BACKOFF_MS[2] * 10)
        .body(b"hello")
        .build();
    println!("{r}");
    r.to_string()
}

pub const TOTAL_BACKOFF: u32 = BACKOFF_MS[0] + BACKOFF_MS[1] + BACKOFF_MS[2];
pub const METHOD_COUNT: usize = [Method::Get, Method::Post, Method::Delete].len();
