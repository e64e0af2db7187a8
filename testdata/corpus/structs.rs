// Named, tuple and unit structs; field access; struct update syntax.
#[derive(Debug, Clone, Copy)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

#[derive(Debug, Clone, Copy)]
pub struct Rgb(pub u8, pub u8, pub u8);

#[derive(Debug, Clone, Copy)]
pub struct Unit;

#[derive(Debug, Clone, Copy)]
pub struct Config {
    pub width: u16,
    pub height: u16,
    pub title: &'static str,
    pub visible: bool,
    pub origin: Point,
}

#[derive(Debug)]
pub struct Empty {}

pub const ORIGIN: Point = Point { x: 0, y: 0 };
pub const P: Point = Point { x: 3, y: -4 };
pub const PX: i32 = P.x;
pub const RED: Rgb = Rgb(255, 0, 0);
pub const GREEN_CHANNEL: u8 = RED.1;
pub const UNIT: Unit = Unit;
pub const EMPTY: Empty = Empty {};
pub const DEFAULT: Config = Config { width: 640, height: 480, title: "win", visible: true, origin: ORIGIN };
pub const WIDE: Config = Config { width: 1920, title: "wide", ..DEFAULT };
pub const NESTED_FIELD: i32 = WIDE.origin.y;
pub const POINTS: [Point; 2] = [P, Point { x: 1, y: 1 }];
pub const TUPLE_OF: (Unit, Rgb) = (Unit, Rgb(1, 2, 3));

const fn manhattan(a: Point, b: Point) -> i32 {
    let dx = a.x - b.x;
    let dy = a.y - b.y;
    (if dx < 0 { -dx } else { dx }) + (if dy < 0 { -dy } else { dy })
}

pub const DIST: i32 = manhattan(P, ORIGIN);

const fn grey(c: Rgb) -> Rgb {
    let g = ((c.0 as u16 + c.1 as u16 + c.2 as u16) / 3) as u8;
    Rgb(g, g, g)
}

pub const GREY: Rgb = grey(Rgb(10, 20, 60));

const fn mirror(p: Point) -> Point {
    let Point { x, y } = p;
    Point { x: y, y: x }
}

pub const MIRRORED: Point = mirror(P);
pub static STATIC_CONFIG: Config = WIDE;
