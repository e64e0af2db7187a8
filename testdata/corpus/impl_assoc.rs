// impl blocks: associated consts and const fn methods taking self, &self, &mut self.
#[derive(Debug, Clone, Copy)]
pub struct Counter {
    pub count: u32,
    pub step: u32,
}

impl Counter {
    pub const START: Counter = Counter { count: 0, step: 1 };
    pub const LIMIT: u32 = 1000;
    pub const DOUBLE_LIMIT: u32 = Self::LIMIT * 2;
    pub const STEPPED: Counter = Counter::START.with_step(5);

    pub const fn with_step(self, step: u32) -> Counter {
        Counter { step, ..self }
    }
    pub const fn peek(&self) -> u32 {
        self.count + self.step
    }
    pub const fn advance(&mut self) -> u32 {
        self.count += self.step;
        self.count
    }
    pub const fn run(mut self, n: u32) -> Counter {
        let mut i = 0;
        while i < n {
            self.advance();
            i += 1;
        }
        self
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Wrapper(pub i64);

impl Wrapper {
    pub const ZERO: Wrapper = Wrapper(0);
    pub const fn new(v: i64) -> Self {
        Self(v)
    }
    pub const fn get(&self) -> i64 {
        self.0
    }
    pub const fn negate(self) -> Self {
        Self(-self.0)
    }
    pub const fn set(&mut self, v: i64) {
        self.0 = v;
    }
}

pub const PEEK: u32 = Counter::STEPPED.peek();
pub const RAN: Counter = Counter::START.run(7);
pub const RAN_STEPPED: Counter = Counter::STEPPED.run(3);
pub const W: Wrapper = Wrapper::new(-9).negate();
pub const W_GET: i64 = W.get();

const fn set_then_get() -> i64 {
    let mut w = Wrapper::ZERO;
    w.set(77);
    w.get()
}

pub const SET_GET: i64 = set_then_get();

const fn advance_twice(c: &mut Counter) -> u32 {
    c.advance();
    c.advance()
}

const fn twice() -> (u32, Counter) {
    let mut c = Counter { count: 10, step: 3 };
    let r = advance_twice(&mut c);
    (r, c)
}

pub const TWICE: (u32, Counter) = twice();
pub static STATIC_COUNTER: Counter = Counter::STEPPED;
