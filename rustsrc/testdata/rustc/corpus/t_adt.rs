#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Dir { North, East = 10, South, West = -3 }
#[derive(Debug, Clone, Copy)]
#[repr(u8)]
pub enum Small { A = 1, B = 200, C }
#[derive(Debug, Clone, Copy)]
pub enum Shape { Circle { r: u32 }, Rect(u32, u32), Empty }
#[derive(Debug, Clone, Copy)]
pub struct P { pub x: i32, pub y: i32 }
#[derive(Debug, Clone, Copy)]
pub struct W(pub u8, pub bool);
#[derive(Debug, Clone, Copy)]
pub struct U;
#[derive(Debug)]
pub struct Holder { pub p: P, pub w: W, pub tag: Option<u8>, pub u: U }

impl P {
    pub const ORIGIN: P = P { x: 0, y: 0 };
    pub const fn new(x: i32, y: i32) -> Self { Self { x, y } }
    pub const fn add(self, o: P) -> P { P { x: self.x + o.x, y: self.y + o.y } }
    pub const fn len2(&self) -> i32 { self.x * self.x + self.y * self.y }
    pub const fn bump(&mut self) { self.x += 1; self.y -= 1; }
}
impl Shape {
    pub const fn area(&self) -> u32 {
        match self {
            Shape::Circle { r } => 3 * *r * *r,
            Shape::Rect(w, h) => *w * *h,
            Shape::Empty => 0,
        }
    }
    pub const fn name(self) -> &'static str {
        match self {
            Self::Circle { .. } => "circle",
            Self::Rect(_, _) => "rect",
            Self::Empty => "empty",
        }
    }
}
pub const DIRS: [i32; 4] = [Dir::North as i32, Dir::East as i32, Dir::South as i32, Dir::West as i32];
pub const SMALL: (u8, u8, u8) = (Small::A as u8, Small::B as u8, Small::C as u8);
pub const D: Dir = Dir::South;
pub const SHAPES: [Shape; 3] = [Shape::Circle { r: 2 }, Shape::Rect(3, 4), Shape::Empty];
pub const AREAS: [u32; 3] = [SHAPES[0].area(), SHAPES[1].area(), SHAPES[2].area()];
pub const NAMES: [&str; 3] = [SHAPES[0].name(), SHAPES[1].name(), SHAPES[2].name()];
pub const PT: P = P::new(3, 4).add(P { x: 1, ..P::ORIGIN });
pub const LEN2: i32 = PT.len2();
pub const BUMPED: P = {
    let mut p = P::ORIGIN;
    p.bump();
    p.bump();
    p
};
pub const HOLD: Holder = Holder { p: P { x: -1, y: 2 }, w: W(7, true), tag: Some(3), u: U };
pub const WFIELD: (u8, bool) = (HOLD.w.0, HOLD.w.1);
pub const CLASSIFY: [&str; 6] = [classify(0), classify(5), classify(15), classify(-3), classify(100), classify(42)];
pub const fn classify(n: i32) -> &'static str {
    match n {
        0 => "zero",
        1..=9 => "small",
        10 | 11 | 12..=20 => "teen",
        i32::MIN..=-1 => "neg",
        x @ 40..=50 if x % 2 == 0 => "even forties",
        _ => "big",
    }
}
pub const fn sum_opt(a: Option<u8>, b: Option<u8>) -> Option<u16> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x as u16 + y as u16),
        (Some(x), None) | (None, Some(x)) => Some(x as u16),
        (None, None) => None,
    }
}
pub const OPTS: [Option<u16>; 4] = [sum_opt(Some(200), Some(100)), sum_opt(None, Some(4)), sum_opt(Some(9), None), sum_opt(None, None)];
pub const IFLET: u32 = {
    let s = Shape::Rect(5, 6);
    if let Shape::Rect(w, h) = s { w + h } else { 0 }
};
pub const WHILELET: u32 = {
    let mut stack = [Some(1u32), Some(2), Some(3), None];
    let mut i = 0;
    let mut total = 0;
    while let Some(v) = stack[i] {
        total += v;
        stack[i] = None;
        i += 1;
    }
    total
};
pub const NESTED_OPT: Option<Option<i8>> = Some(None);
pub const REFPAT: i32 = {
    let p = &P { x: 5, y: 6 };
    let P { x, y } = p;
    *x * 10 + *y
};
pub const TUPLET: (i32, u8) = {
    let (a, (b, _)) = (1, (2u8, 'c'));
    (a, b)
};
pub const SIZES: [usize; 8] = [
    core::mem::size_of::<P>(),
    core::mem::size_of::<Shape>(),
    core::mem::size_of::<Option<&u8>>(),
    core::mem::size_of::<Small>(),
    core::mem::size_of::<Dir>(),
    core::mem::align_of::<W>(),
    core::mem::size_of::<Holder>(),
    core::mem::size_of::<(u8, u32, u16)>(),
];
#[repr(C)]
pub struct CLayout { a: u8, b: u32, c: u16 }
pub const CSIZE: usize = core::mem::size_of::<CLayout>();
pub const UNIT_S: U = U;
