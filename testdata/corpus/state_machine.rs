// A const-evaluated state machine (a tiny tokenizer) over a byte string.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum State {
    Start,
    InNumber(u32),
    InWord(usize),
    Done,
}

#[derive(Debug, Clone, Copy)]
pub struct Stats {
    pub numbers: u32,
    pub words: u32,
    pub sum: u32,
    pub longest_word: usize,
}

const fn step(s: State, c: u8, st: &mut Stats) -> State {
    match (s, c) {
        (State::Done, _) => State::Done,
        (_, b'.') => {
            finish(s, st);
            State::Done
        }
        (State::InNumber(n), b'0'..=b'9') => State::InNumber(n * 10 + (c - b'0') as u32),
        (State::InWord(l), b'a'..=b'z') => State::InWord(l + 1),
        (_, b'0'..=b'9') => {
            finish(s, st);
            State::InNumber((c - b'0') as u32)
        }
        (_, b'a'..=b'z') => {
            finish(s, st);
            State::InWord(1)
        }
        _ => {
            finish(s, st);
            State::Start
        }
    }
}

const fn finish(s: State, st: &mut Stats) {
    match s {
        State::InNumber(n) => {
            st.numbers += 1;
            st.sum += n;
        }
        State::InWord(l) => {
            st.words += 1;
            if l > st.longest_word {
                st.longest_word = l;
            }
        }
        _ => {}
    }
}

const fn run(input: &[u8]) -> (State, Stats) {
    let mut st = Stats { numbers: 0, words: 0, sum: 0, longest_word: 0 };
    let mut s = State::Start;
    let mut i = 0;
    while i < input.len() {
        s = step(s, input[i], &mut st);
        i += 1;
    }
    (s, st)
}

pub const RUN: (State, Stats) = run(b"abc 12 defgh 30 x 7. ignored 99");
pub const UNFINISHED: (State, Stats) = run(b"hello 42");
pub const EMPTY: (State, Stats) = run(b"");
pub const FINAL: State = RUN.0;
pub const SUM: u32 = RUN.1.sum;
