// Every kind of pattern in `match`: literals, ranges, wildcards, bindings,
// `@` bindings, tuples, structs, enums, `|` alternatives and guards.

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    Circle { r: u32 },
    Rect { w: u32, h: u32 },
    Tri(u32, u32, u32),
    Empty,
}

#[derive(Debug, Clone, Copy)]
pub struct Pixel {
    pub x: i16,
    pub y: i16,
    pub lit: bool,
}

const fn grade(score: u8) -> char {
    match score {
        100 => 'S',
        90..=99 => 'A',
        80..=89 => 'B',
        70 | 71 | 72 | 73 | 74 | 75 | 76 | 77 | 78 | 79 => 'C',
        n @ 50..=69 if n % 2 == 0 => 'D',
        50..=69 => 'd',
        _ => 'F',
    }
}

const fn area(s: Shape) -> u32 {
    match s {
        Shape::Circle { r: 0 } | Shape::Empty => 0,
        Shape::Circle { r } => 3 * r * r,
        Shape::Rect { w, h } if w == h => w * w,
        Shape::Rect { w, h: height } => w * height,
        Shape::Tri(a, b, c) if a + b <= c || a + c <= b || b + c <= a => 0,
        Shape::Tri(a, b, _) => a * b / 2,
    }
}

const fn quadrant(p: Pixel) -> u8 {
    match p {
        Pixel { lit: false, .. } => 0,
        Pixel { x: 0, y: 0, .. } => 9,
        Pixel { x: 0, .. } | Pixel { y: 0, .. } => 8,
        Pixel { x, y, .. } if x > 0 && y > 0 => 1,
        Pixel { x: ..=-1, y: 1.. , .. } => 2,
        Pixel { x: i16::MIN..=-1, .. } => 3,
        _ => 4,
    }
}

const fn compare(pair: (i32, i32)) -> &'static str {
    match pair {
        (0, 0) => "origin",
        (x, y) if x == y => "diagonal",
        (x, _) if x < 0 => "left",
        (_, y @ (1 | 2 | 3)) if y > 0 => "low",
        (_, 4..) => "high",
        _ => "other",
    }
}

const fn byte_class(b: u8) -> u8 {
    match b {
        b'0'..=b'9' => 1,
        b'a'..=b'f' | b'A'..=b'F' => 2,
        b'g'..=b'z' | b'G'..=b'Z' => 3,
        b' ' | b'\t' | b'\n' | b'\r' => 4,
        0x80.. => 5,
        _ => 0,
    }
}

const fn nested(o: Option<(u8, Option<bool>)>) -> i32 {
    match o {
        None => -1,
        Some((0, _)) => 0,
        Some((n, None)) => n as i32,
        Some((n @ 1..=9, Some(true))) => 100 + n as i32,
        Some((n, Some(flag))) => {
            if flag {
                1000 + n as i32
            } else {
                -(n as i32)
            }
        }
    }
}

const fn char_kind(c: char) -> u8 {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => 1,
        'a'..='z' => 2,
        'A'..='Z' => 3,
        '\u{80}'..=char::MAX => 4,
        _ => 0,
    }
}

pub const GRADES: [char; 8] = [
    grade(100), grade(95), grade(85), grade(72), grade(60), grade(61), grade(10), grade(89),
];
pub const AREAS: [u32; 7] = [
    area(Shape::Circle { r: 0 }),
    area(Shape::Circle { r: 4 }),
    area(Shape::Rect { w: 5, h: 5 }),
    area(Shape::Rect { w: 3, h: 7 }),
    area(Shape::Tri(1, 2, 10)),
    area(Shape::Tri(6, 8, 10)),
    area(Shape::Empty),
];
pub const QUADS: [u8; 7] = [
    quadrant(Pixel { x: 1, y: 1, lit: false }),
    quadrant(Pixel { x: 0, y: 0, lit: true }),
    quadrant(Pixel { x: 0, y: 5, lit: true }),
    quadrant(Pixel { x: 3, y: 4, lit: true }),
    quadrant(Pixel { x: -3, y: 4, lit: true }),
    quadrant(Pixel { x: -3, y: -4, lit: true }),
    quadrant(Pixel { x: 3, y: -4, lit: true }),
];
pub const PAIRS: [&str; 6] = [
    compare((0, 0)),
    compare((5, 5)),
    compare((-2, 7)),
    compare((4, 2)),
    compare((4, 9)),
    compare((4, -9)),
];
pub const BYTES: [u8; 7] = [
    byte_class(b'7'),
    byte_class(b'c'),
    byte_class(b'Q'),
    byte_class(b'\t'),
    byte_class(0xC3),
    byte_class(b'#'),
    byte_class(b'F'),
];
pub const NESTED: [i32; 6] = [
    nested(None),
    nested(Some((0, Some(true)))),
    nested(Some((7, None))),
    nested(Some((7, Some(true)))),
    nested(Some((70, Some(true)))),
    nested(Some((70, Some(false)))),
];
pub const CHARS: [u8; 5] = [char_kind('e'), char_kind('x'), char_kind('Q'), char_kind('é'), char_kind('!')];
pub const SAME_SHAPE: bool = matches!(Shape::Rect { w: 1, h: 2 }, Shape::Rect { .. });
