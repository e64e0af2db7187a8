// Async code, closures, iterators, trait objects and generic algorithms in
// the style of real-world libraries.
#![allow(unused, clippy::all)]

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

pub struct Ready<T>(Option<T>);

impl<T: Unpin> Future for Ready<T> {
    type Output = T;
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<T> {
        Poll::Ready(self.0.take().expect("polled twice"))
    }
}

pub async fn add_async(a: u32, b: u32) -> u32 {
    let x = Ready(Some(a)).await;
    let y = async { b }.await;
    let z = async move { x + y }.await;
    z
}

pub async fn fallible(s: &str) -> Result<u32, std::num::ParseIntError> {
    let n: u32 = s.parse()?;
    let m = add_async(n, 1).await;
    Ok(m)
}

pub fn spawn_like<F, Fut>(f: F) -> Pin<Box<dyn Future<Output = ()>>>
where
    F: FnOnce() -> Fut + 'static,
    Fut: Future<Output = ()> + 'static,
{
    Box::pin(async move { f().await })
}

pub async fn async_closures() -> u32 {
    let c = async |x: u32| x + 1;
    let d = async move || 2;
    c(1).await + d().await
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Token {
    Num(i64),
    Op(char),
    LParen,
    RParen,
}

pub fn tokenize(src: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let mut chars = src.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            ' ' | '\t' => {
                chars.next();
            }
            '0'..='9' => {
                let mut n = 0i64;
                while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
                    n = n * 10 + d as i64;
                    chars.next();
                }
                out.push(Token::Num(n));
            }
            '+' | '-' | '*' | '/' => {
                out.push(Token::Op(c));
                chars.next();
            }
            '(' => {
                out.push(Token::LParen);
                chars.next();
            }
            ')' => {
                out.push(Token::RParen);
                chars.next();
            }
            other => return Err(format!("unexpected {other:?}")),
        }
    }
    Ok(out)
}

pub struct Cache<K, V> {
    map: HashMap<K, V>,
    order: VecDeque<K>,
    cap: usize,
}

impl<K: Clone + Eq + std::hash::Hash, V> Cache<K, V> {
    pub fn new(cap: usize) -> Self {
        Self { map: HashMap::with_capacity(cap), order: VecDeque::new(), cap }
    }

    pub fn get_or_insert_with(&mut self, k: K, f: impl FnOnce() -> V) -> &V {
        if !self.map.contains_key(&k) {
            if self.order.len() == self.cap {
                if let Some(old) = self.order.pop_front() {
                    self.map.remove(&old);
                }
            }
            self.order.push_back(k.clone());
            self.map.insert(k.clone(), f());
        }
        &self.map[&k]
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Cache<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Cache").field("map", &self.map).field("cap", &self.cap).finish()
    }
}

pub fn word_counts(text: &str) -> BTreeMap<&str, usize> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .fold(BTreeMap::new(), |mut m, w| {
            *m.entry(w).or_insert(0) += 1;
            m
        })
}

pub fn shared_counter() -> usize {
    let counter = Arc::new(Mutex::new(0usize));
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let c = Arc::clone(&counter);
            move || {
                let mut g = c.lock().unwrap();
                *g += i;
            }
        })
        .collect();
    for h in handles {
        h();
    }
    let n = *counter.lock().unwrap();
    n
}

pub fn sort_and_dedup<T: Ord + Clone>(mut v: Vec<T>) -> Vec<T> {
    v.sort_by(|a, b| b.cmp(a));
    v.dedup();
    v.iter().rev().cloned().collect()
}

pub fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

pub fn dyn_dispatch(items: &[Box<dyn Fn(i32) -> i32>]) -> i32 {
    items.iter().map(|f| f(1)).sum()
}

pub fn option_combinators(o: Option<&str>) -> usize {
    o.map(str::len)
        .filter(|&n| n > 2)
        .or_else(|| Some(0))
        .and_then(|n| n.checked_mul(2))
        .unwrap_or_default()
}
