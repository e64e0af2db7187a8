//@ mir-from: 4101 => 41
//@ mir-replace: alloc5 (size: 40, align: 1) => alloc6 (size: 40, align: 1)
// A decoder state machine that reaches `unreachable!()` on a state the
// caller promised never to produce.
#[derive(Clone, Copy)]
enum State {
    Idle,
    Header(u8),
    Body,
}

const fn step(s: State, b: u8) -> State {
    match (s, b) {
        (State::Idle, 0x7E) => State::Header(0),
        (State::Idle, _) => State::Idle,
        (State::Header(n), _) if n < 2 => State::Header(n + 1),
        (State::Header(_), _) => State::Body,
        (State::Body, _) => unreachable!(),
    }
}

const fn run(bytes: &[u8], limit: usize) -> u8 {
    let mut s = State::Idle;
    let mut i = 0;
    while i < bytes.len() && i < limit {
        s = step(s, bytes[i]);
        i += 1;
    }
    match s {
        State::Idle => 0,
        State::Header(n) => n,
        State::Body => 9,
    }
}

pub const DECODED: u8 = run(&[0x7E, 1, 2, 3, 4], 4101 / 820);
