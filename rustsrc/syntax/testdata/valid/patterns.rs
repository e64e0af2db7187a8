// Patterns in let, match, fn parameters, closures and for loops.
#![allow(unused, clippy::all)]

#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Circle { r: u32 },
    Rect(u32, u32),
    Tri(u32, u32, u32),
    Empty,
}

pub struct S {
    a: u8,
    b: (u8, u8),
    c: Option<Box<S>>,
}

pub struct T(u8, u8, u8);

const LIMIT: i32 = 10;

mod consts {
    pub const LOW: i32 = -5;
}

pub fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1 | 2 | 3 => "small",
        4..=9 => "digit",
        LIMIT => "limit",
        11.. => "big",
    }
}

pub fn ranges(c: char, b: u8, x: i32) -> u8 {
    let r = match c {
        'a'..='z' => 1,
        'A'..='Z' | '_' => 2,
        '0'..='9' => 3,
        _ => 0,
    };
    let s = match b {
        b'a'..=b'f' => 1,
        0x00..0x10 => 2,
        ..=0x7f => 3,
        _ => 4,
    };
    let t = match x {
        consts::LOW..=-1 => 1,
        -1000..-100 => 2,
        _ => 0,
    };
    r + s + t
}

pub fn shapes(s: &Shape) -> u32 {
    match s {
        Shape::Circle { r } if *r > 10 => r * 3,
        Shape::Circle { r: radius } => *radius,
        Shape::Rect(w, h) | Shape::Tri(w, h, _) => w * h,
        &Shape::Empty => 0,
    }
}

pub fn bindings(v: &[i32], s: S, t: T) -> i32 {
    let mut acc = 0;
    match v {
        [] => {}
        [one] => acc += one,
        [first, .., last] if first == last => acc += first,
        [first, rest @ ..] => acc += first + rest.len() as i32,
    }
    if let [a, b, rest @ ..] = v {
        acc += a + b + rest.len() as i32;
    }
    if let [.., x, _] = v {
        acc += x;
    }
    let S { a, b: (b0, ref b1), c: None | Some(_) } = s;
    let T(first, ..) = t;
    let T(.., last) = T(1, 2, 3);
    let (x, (y, z), ()) = (1, (2, 3), ());
    let ref r = 5;
    let ref mut rm = 6;
    *rm += 1;
    let n @ 1..=100 = 50 else { return 0 };
    let whole @ Some(inner) = Some(3) else { return 0 };
    let &(p, q) = &(1, 2);
    let &mut u = &mut 7;
    let (ref mut m, mut k) = (1, 2);
    k += 1;
    *m += k;
    match Some(Some(4)) {
        Some(Some(x @ (1 | 4))) => acc += x,
        Some(None | Some(_)) | None => {}
    }
    match (1, "s", 'c') {
        (0, _, _) | (_, "", _) => {}
        (1, s, c) if s.len() > 0 && c != 'x' => acc += 1,
        _ => {}
    }
    match &Some(String::new()) {
        Some(ref s) if s.is_empty() => {}
        Some(s) => acc += s.len() as i32,
        None => {}
    }
    match 5u8 {
        n @ (0 | 5) => acc += n as i32,
        _ => {}
    }
    acc + a as i32 + b0 as i32 + *b1 as i32 + first as i32 + last as i32 + x + y + z + r + n + inner
        + p + q + u + *m
}

pub fn params((a, b): (u8, u8), T(c, _, _): T, [d, e]: [u8; 2], mut f: u8, _: u8) -> u8 {
    f += 1;
    let g = |(x, y): (u8, u8), [z]: [u8; 1], &w: &u8| x + y + z + w;
    for (i, &(ref j, _)) in [(1u8, 2u8)].iter().enumerate() {
        f += *j + i as u8;
    }
    a + b + c + d + e + f + g((1, 2), [3], &4)
}

pub fn literals(x: &str, b: &[u8], f: bool) -> u8 {
    let a = match x {
        "hello" => 1,
        r"raw" => 2,
        _ => 0,
    };
    let c = match b {
        b"bytes" => 1,
        [b'x', ..] => 2,
        _ => 0,
    };
    let d = match f {
        true => 1,
        false => 0,
    };
    let e = match 3.5f64 {
        x if x > 1.0 => 1,
        _ => 0,
    };
    a + c + d + e
}

pub fn self_patterns() {
    struct W(u8);
    impl W {
        fn get(&self) -> u8 {
            let Self(x) = *self;
            let W(y) = self;
            match self {
                Self(0) => 0,
                W(n) => *n + x + y,
            }
        }
    }
}

pub fn macro_patterns(o: Option<u8>) -> bool {
    macro_rules! pat {
        () => {
            Some(1) | Some(2)
        };
    }
    matches!(o, pat!()) || matches!(o, Some(n) if n > 3)
}
