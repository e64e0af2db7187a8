// A fixed-capacity ring buffer used as an event queue: push/pop with
// wrap-around, iteration by index, `Self` constructors, associated consts,
// and a simulation that returns the buffer's state.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Key(char),
    Click { x: u16, y: u16 },
    Resize(u16, u16),
    Tick,
}

#[derive(Debug, Clone, Copy)]
pub struct Ring {
    buf: [Event; Ring::CAP],
    head: usize,
    len: usize,
    dropped: u32,
}

impl Ring {
    pub const CAP: usize = 4;

    pub const fn new() -> Self {
        Self { buf: [Event::Tick; Self::CAP], head: 0, len: 0, dropped: 0 }
    }

    pub const fn is_full(&self) -> bool {
        self.len == Self::CAP
    }

    // Overwrites the oldest event when full.
    pub const fn push(&mut self, e: Event) {
        let tail = (self.head + self.len) % Self::CAP;
        self.buf[tail] = e;
        if self.is_full() {
            self.head = (self.head + 1) % Self::CAP;
            self.dropped += 1;
        } else {
            self.len += 1;
        }
    }

    pub const fn pop(&mut self) -> Option<Event> {
        if self.len == 0 {
            return None;
        }
        let e = self.buf[self.head];
        self.head = (self.head + 1) % Self::CAP;
        self.len -= 1;
        Some(e)
    }

    pub const fn get(&self, i: usize) -> Option<Event> {
        if i >= self.len { None } else { Some(self.buf[(self.head + i) % Self::CAP]) }
    }

    pub const fn count_clicks(&self) -> usize {
        let mut n = 0;
        let mut i = 0;
        while let Some(e) = self.get(i) {
            if let Event::Click { .. } = e {
                n += 1;
            }
            i += 1;
        }
        n
    }
}

const fn simulate(keys: &[u8]) -> Ring {
    let mut r = Ring::new();
    let mut i = 0;
    while i < keys.len() {
        let e = match keys[i] {
            b'c' => Event::Click { x: i as u16 * 10, y: 5 },
            b'r' => Event::Resize(80, 24 + i as u16),
            b't' => Event::Tick,
            k => Event::Key(k as char),
        };
        r.push(e);
        i += 1;
    }
    r
}

const fn drain_keys(mut r: Ring) -> ([char; 4], usize) {
    let mut out = [' '; 4];
    let mut n = 0;
    while let Some(e) = r.pop() {
        if let Event::Key(c) = e {
            out[n] = c;
            n += 1;
        }
    }
    (out, n)
}

pub const EMPTY: Ring = Ring::new();
pub const SHORT: Ring = simulate(b"ac");
pub const WRAPPED: Ring = simulate(b"abcrtxy");
pub const FIRST: Option<Event> = WRAPPED.get(0);
pub const BEYOND: Option<Event> = WRAPPED.get(4);
pub const CLICKS: (usize, usize) = (SHORT.count_clicks(), WRAPPED.count_clicks());
pub const KEYS: ([char; 4], usize) = drain_keys(simulate(b"hi!tc"));
pub const POPPED: (Option<Event>, Option<Event>) = {
    let mut r = Ring::new();
    r.push(Event::Resize(1, 2));
    (r.pop(), r.pop())
};
