// Geometry with float structs, const fn methods and a runtime trait.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub min: Point,
    pub max: Point,
}

impl Point {
    pub const ORIGIN: Point = Point { x: 0.0, y: 0.0 };
    pub const fn new(x: f64, y: f64) -> Point {
        Point { x, y }
    }
    pub const fn dist2(self, o: Point) -> f64 {
        let dx = self.x - o.x;
        let dy = self.y - o.y;
        dx * dx + dy * dy
    }
    pub const fn midpoint(self, o: Point) -> Point {
        Point { x: (self.x + o.x) / 2.0, y: (self.y + o.y) / 2.0 }
    }
}

impl Rect {
    pub const UNIT: Rect = Rect { min: Point::ORIGIN, max: Point { x: 1.0, y: 1.0 } };
    pub const fn area(&self) -> f64 {
        (self.max.x - self.min.x) * (self.max.y - self.min.y)
    }
    pub const fn contains(&self, p: Point) -> bool {
        p.x >= self.min.x && p.x <= self.max.x && p.y >= self.min.y && p.y <= self.max.y
    }
    pub const fn center(&self) -> Point {
        self.min.midpoint(self.max)
    }
}

pub const A: Point = Point::new(3.0, 4.0);
pub const DIST2: f64 = A.dist2(Point::ORIGIN);
pub const MID: Point = A.midpoint(Point::new(-1.0, 0.1));
pub const R: Rect = Rect { min: Point::new(-1.5, -1.5), max: Point::new(2.25, 0.75) };
pub const AREA: f64 = R.area();
pub const UNIT_AREA: f64 = Rect::UNIT.area();
pub const CENTER: Point = R.center();
pub const CONTAINS: (bool, bool) = (R.contains(Point::ORIGIN), R.contains(A));
pub const THIRDS: Point = Point::new(1.0 / 3.0, 2.0 / 3.0);

pub trait Area {
    fn area(&self) -> f64;
    fn bigger_than(&self, other: &dyn Area) -> bool {
        self.area() > other.area()
    }
}

impl Area for Rect {
    fn area(&self) -> f64 {
        Rect::area(self)
    }
}

pub fn largest(rects: &[Rect]) -> Option<&Rect> {
    rects.iter().fold(None, |best: Option<&Rect>, r| match best {
        Some(b) if b.bigger_than(r) => Some(b),
        _ => Some(r),
    })
}
