//! Shapes behind a trait with default methods, generic algorithms over
//! them, trait objects, and constants for a CAD tool's tolerances.

use std::f64::consts::PI;
use std::fmt::Debug;

pub const EPSILON: f64 = 1e-9;
pub const SNAP_GRID: f64 = 0.25;
pub const FULL_TURN: f64 = 2.0 * PI;
pub const DEG: f64 = PI / 180.0;
pub const RIGHT_ANGLE: f64 = 90.0 * DEG;
pub const MAX_VERTICES: usize = 1024;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    pub const ORIGIN: Point = Point { x: 0.0, y: 0.0 };

    pub const fn new(x: f64, y: f64) -> Self {
        Point { x, y }
    }

    pub fn dist(self, o: Point) -> f64 {
        ((self.x - o.x).powi(2) + (self.y - o.y).powi(2)).sqrt()
    }

    pub fn snap(self) -> Point {
        Point { x: (self.x / SNAP_GRID).round() * SNAP_GRID, y: (self.y / SNAP_GRID).round() * SNAP_GRID }
    }
}

pub trait Shape: Debug {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn centroid(&self) -> Point;

    fn name(&self) -> &'static str {
        "shape"
    }

    fn compactness(&self) -> f64 {
        let p = self.perimeter();
        if p < EPSILON { 0.0 } else { 4.0 * PI * self.area() / (p * p) }
    }

    fn contains(&self, p: Point) -> bool {
        self.centroid().dist(p) < EPSILON
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Circle {
    pub center: Point,
    pub r: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub min: Point,
    pub max: Point,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Polygon {
    pub pts: Vec<Point>,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        PI * self.r * self.r
    }
    fn perimeter(&self) -> f64 {
        FULL_TURN * self.r
    }
    fn centroid(&self) -> Point {
        self.center
    }
    fn name(&self) -> &'static str {
        "circle"
    }
    fn contains(&self, p: Point) -> bool {
        self.center.dist(p) <= self.r + EPSILON
    }
}

impl Rect {
    pub const UNIT: Rect = Rect { min: Point::ORIGIN, max: Point::new(1.0, 1.0) };

    pub const fn width(&self) -> f64 {
        self.max.x - self.min.x
    }

    pub const fn height(&self) -> f64 {
        self.max.y - self.min.y
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.width() * self.height()
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.width() + self.height())
    }
    fn centroid(&self) -> Point {
        Point::new((self.min.x + self.max.x) / 2.0, (self.min.y + self.max.y) / 2.0)
    }
    fn contains(&self, p: Point) -> bool {
        (self.min.x..=self.max.x).contains(&p.x) && (self.min.y..=self.max.y).contains(&p.y)
    }
}

impl Shape for Polygon {
    fn area(&self) -> f64 {
        let n = self.pts.len();
        (0..n).map(|i| {
            let (a, b) = (self.pts[i], self.pts[(i + 1) % n]);
            a.x * b.y - b.x * a.y
        })
        .sum::<f64>()
        .abs()
            / 2.0
    }
    fn perimeter(&self) -> f64 {
        self.pts.windows(2).map(|w| w[0].dist(w[1])).sum::<f64>()
            + self.pts.last().zip(self.pts.first()).map_or(0.0, |(a, b)| a.dist(*b))
    }
    fn centroid(&self) -> Point {
        let n = self.pts.len().max(1) as f64;
        let (sx, sy) = self.pts.iter().fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
        Point::new(sx / n, sy / n)
    }
}

pub fn total_area<S: Shape + ?Sized>(shapes: &[Box<S>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

pub fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    shapes.iter().map(|b| b.as_ref()).max_by(|a, b| a.area().total_cmp(&b.area()))
}

pub fn hit_test<'a, I>(shapes: I, p: Point) -> impl Iterator<Item = &'a dyn Shape>
where
    I: IntoIterator<Item = &'a Box<dyn Shape>>,
{
    shapes.into_iter().map(|b| b.as_ref()).filter(move |s| s.contains(p))
}

pub const UNIT_RECT: Rect = Rect::UNIT;
pub const UNIT_WIDTH: f64 = Rect::UNIT.width();
pub const PAGE: Rect = Rect { min: Point::new(0.0, 0.0), max: Point::new(210.0, 297.0) };
pub const PAGE_ASPECT: f64 = PAGE.height() / PAGE.width();
pub const WHEEL: Circle = Circle { center: Point::new(5.0, 5.0), r: 2.5 };

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixed_shapes() {
        let shapes: Vec<Box<dyn Shape>> = vec![Box::new(WHEEL), Box::new(UNIT_RECT)];
        assert_eq!(largest(&shapes).unwrap().name(), "circle");
        assert_eq!(hit_test(&shapes, Point::new(0.5, 0.5)).count(), 1);
        assert!((Rect::UNIT.compactness() - PI / 4.0).abs() < 1e-12);
    }
}
