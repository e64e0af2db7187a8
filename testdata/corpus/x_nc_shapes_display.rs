// Trait objects with Display, a few consts, and ordinary code mixed in.
use std::fmt;

pub const PI_MILLI: u32 = 3142;
pub const UNIT_SQUARE: Rect = Rect { w: 1.0, h: 1.0 };
pub const LABELS: [&str; 3] = ["circle", "rect", "triangle"];

pub trait Shape: fmt::Display {
    fn area(&self) -> f64;
    fn kind(&self) -> usize;
    fn label(&self) -> &'static str {
        LABELS[self.kind()]
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Circle {
    pub r: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub w: f64,
    pub h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        PI_MILLI as f64 / 1000.0 * self.r * self.r
    }
    fn kind(&self) -> usize {
        0
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn kind(&self) -> usize {
        1
    }
}

impl fmt::Display for Circle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Circle(r={:.2})", self.r)
    }
}

impl fmt::Display for Rect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.w == self.h {
            write!(f, "Square({})", self.w)
        } else {
            write!(f, "Rect({}x{})", self.w, self.h)
        }
    }
}

pub fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

pub fn describe_all(shapes: &[Box<dyn Shape>]) -> Vec<String> {
    shapes
        .iter()
        .enumerate()
        .map(|(i, s)| format!("#{} {} [{}] area={:.1}", i, s, s.label(), s.area()))
        .collect()
}

pub fn demo() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 2.0 }),
        Box::new(UNIT_SQUARE),
        Box::new(Rect { w: 3.0, ..UNIT_SQUARE }),
    ];
    for line in describe_all(&shapes) {
        println!("{}", line);
    }
    let biggest = shapes
        .iter()
        .max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
        .map(|s| s.to_string())
        .unwrap_or_default();
    println!("total {:.3}, biggest {}", total_area(&shapes), biggest);
}

pub const DOUBLE_SQUARE: Rect = Rect { w: UNIT_SQUARE.w * 2.0, ..UNIT_SQUARE };
pub const CIRCLE: Circle = Circle { r: 0.5 };
pub static SHAPE_NAMES: &[&str] = &LABELS;
