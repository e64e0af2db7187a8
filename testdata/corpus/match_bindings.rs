// match with bindings, @ patterns, tuple/struct/enum/reference patterns.
#[derive(Debug, Clone, Copy)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

#[derive(Debug, Clone, Copy)]
pub enum Msg {
    Quit,
    Move { x: i32, y: i32 },
    Write(&'static str),
    Color(u8, u8, u8),
}

const fn quadrant(p: Point) -> u8 {
    match p {
        Point { x: 0, y: 0 } => 0,
        Point { x, y } if x > 0 && y > 0 => 1,
        Point { x, y: 0.. } if x < 0 => 2,
        Point { x: ..=-1, .. } => 3,
        Point { .. } => 4,
    }
}

pub const QUADS: [u8; 5] = [
    quadrant(Point { x: 0, y: 0 }),
    quadrant(Point { x: 1, y: 2 }),
    quadrant(Point { x: -1, y: 2 }),
    quadrant(Point { x: -1, y: -2 }),
    quadrant(Point { x: 1, y: -2 }),
];

const fn describe(m: Msg) -> (u8, i32) {
    match m {
        Msg::Quit => (0, 0),
        Msg::Move { x, y: 0 } => (1, x),
        Msg::Move { y, .. } => (2, y),
        Msg::Write(s) => (3, s.len() as i32),
        Msg::Color(r, _, b @ 200..=255) => (4, r as i32 + b as i32),
        Msg::Color(r, g, b) => (5, (r as i32) << 16 | (g as i32) << 8 | b as i32),
    }
}

pub const DESCRIBED: [(u8, i32); 6] = [
    describe(Msg::Quit),
    describe(Msg::Move { x: 7, y: 0 }),
    describe(Msg::Move { x: 7, y: -3 }),
    describe(Msg::Write("four")),
    describe(Msg::Color(1, 2, 250)),
    describe(Msg::Color(1, 2, 3)),
];

const fn at_pattern(n: u32) -> (u32, bool) {
    match n {
        small @ 0..=9 => (small, true),
        big @ 10.. => (big / 10, false),
    }
}

pub const AT: [(u32, bool); 2] = [at_pattern(4), at_pattern(123)];

const fn tuple_match(t: (bool, bool, u8)) -> u8 {
    match t {
        (true, true, n) => n,
        (true, false, _) | (false, true, _) => 1,
        (false, false, 0) => 2,
        (false, false, n) => n * 2,
    }
}

pub const TUPLES: [u8; 4] = [tuple_match((true, true, 9)), tuple_match((false, true, 9)), tuple_match((false, false, 0)), tuple_match((false, false, 4))];

const fn ref_pattern(r: &(u8, &str)) -> u8 {
    match r {
        &(0, _) => 0,
        (n, s) if s.len() > 2 => *n + 100,
        (n, _) => *n,
    }
}

pub const REFS: [u8; 3] = [ref_pattern(&(0, "x")), ref_pattern(&(5, "long")), ref_pattern(&(5, "ab"))];

const fn nested(o: Option<(u8, Option<char>)>) -> char {
    match o {
        Some((0, Some(c))) => c,
        Some((_, Some('x' | 'y'))) => 'X',
        Some((n @ 1..=5, None)) => (b'0' + n) as char,
        Some(_) => '?',
        None => '-',
    }
}

pub const NESTED: [char; 5] = [nested(Some((0, Some('k')))), nested(Some((3, Some('y')))), nested(Some((4, None))), nested(Some((9, None))), nested(None)];
