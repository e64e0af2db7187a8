// A generic stack with trait bounds and an Iterator impl, plus const capacities.
use std::fmt::Debug;

pub const DEFAULT_CAPACITY: usize = 16;
pub const GROWTH_FACTOR: usize = 2;
pub const CAPACITIES: [usize; 5] = {
    let mut c = [0; 5];
    let mut cap = DEFAULT_CAPACITY;
    let mut i = 0;
    while i < 5 {
        c[i] = cap;
        cap *= GROWTH_FACTOR;
        i += 1;
    }
    c
};

#[derive(Debug, Clone)]
pub struct Stack<T> {
    items: Vec<T>,
}

impl<T: Clone + Debug> Stack<T> {
    pub fn new() -> Self {
        Stack { items: Vec::with_capacity(DEFAULT_CAPACITY) }
    }
    pub fn push(&mut self, t: T) {
        self.items.push(t);
    }
    pub fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    pub fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn drain_all(&mut self) -> Drain<'_, T> {
        Drain { stack: self }
    }
}

pub struct Drain<'a, T> {
    stack: &'a mut Stack<T>,
}

impl<'a, T: Clone + Debug> Iterator for Drain<'a, T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.stack.pop()
    }
}

pub trait Summary {
    const PREFIX: &'static str;
    fn summarize(&self) -> String;
}

impl<T: Clone + Debug> Summary for Stack<T> {
    const PREFIX: &'static str = "stack";
    fn summarize(&self) -> String {
        format!("{}[{}] top={:?}", Self::PREFIX, self.len(), self.peek())
    }
}

pub fn largest<T: PartialOrd + Copy>(xs: &[T]) -> Option<T> {
    let mut it = xs.iter().copied();
    let first = it.next()?;
    Some(it.fold(first, |m, x| if x > m { x } else { m }))
}

pub fn demo() -> String {
    let mut s: Stack<(u8, &str)> = Stack::new();
    for (i, w) in ["alpha", "beta", "gamma"].iter().enumerate() {
        s.push((i as u8, w));
    }
    let summary = s.summarize();
    let drained: Vec<_> = s.drain_all().map(|(n, w)| format!("{n}{w}")).collect();
    format!("{} {:?} {:?} {:?}", summary, drained, largest(&[1.5, -2.0, 9.25]), largest::<u8>(&[]))
}

pub const LAST_CAPACITY: usize = CAPACITIES[4];
pub const SMALL_STACK: (usize, bool) = (DEFAULT_CAPACITY, DEFAULT_CAPACITY.is_power_of_two());
