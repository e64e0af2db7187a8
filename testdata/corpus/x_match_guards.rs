// Nested matches with guards over tuples, enums and ranges.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    Circle { r: u32 },
    Rect { w: u32, h: u32 },
    Tri(u32, u32, u32),
    Empty,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Class {
    Tiny,
    Square(u32),
    Wide,
    Tall,
    Equilateral,
    Right,
    Other(u8),
}

pub const fn classify(s: Shape) -> Class {
    match s {
        Shape::Empty => Class::Tiny,
        Shape::Circle { r: 0..=2 } => Class::Tiny,
        Shape::Circle { r } if r % 2 == 0 => Class::Other(1),
        Shape::Circle { .. } => Class::Other(2),
        Shape::Rect { w, h } if w == h => Class::Square(w),
        Shape::Rect { w, h } => match (w > h, w.abs_diff(h)) {
            (true, d) if d > 10 => Class::Wide,
            (false, 11..) => Class::Tall,
            (_, _) => Class::Other(3),
        },
        Shape::Tri(a, b, c) if a == b && b == c => Class::Equilateral,
        Shape::Tri(a, b, c) if a * a + b * b == c * c => Class::Right,
        Shape::Tri(..) => Class::Other(4),
    }
}

pub const fn fizz(n: u32) -> &'static str {
    match (n % 3, n % 5, n) {
        (_, _, 0) => "zero",
        (0, 0, _) => "FizzBuzz",
        (0, _, _) => "Fizz",
        (_, 0, _) => "Buzz",
        (_, _, x) if x > 100 => "big",
        _ => "-",
    }
}

pub const fn grade(score: i32, bonus: Option<i32>) -> char {
    let total = match bonus {
        Some(b @ 1..=10) => score + b,
        Some(b) if b < 0 => score,
        Some(_) => score + 10,
        None => score,
    };
    match total {
        i32::MIN..=-1 => '?',
        90.. => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        _ => 'F',
    }
}

pub const CLASSES: [Class; 10] = [
    classify(Shape::Empty),
    classify(Shape::Circle { r: 1 }),
    classify(Shape::Circle { r: 8 }),
    classify(Shape::Circle { r: 9 }),
    classify(Shape::Rect { w: 5, h: 5 }),
    classify(Shape::Rect { w: 50, h: 5 }),
    classify(Shape::Rect { w: 5, h: 50 }),
    classify(Shape::Rect { w: 6, h: 5 }),
    classify(Shape::Tri(3, 4, 5)),
    classify(Shape::Tri(2, 2, 2)),
];
pub const SCALENE: Class = classify(Shape::Tri(2, 3, 4));
pub const FIZZ: [&str; 6] = [fizz(0), fizz(9), fizz(10), fizz(15), fizz(101), fizz(7)];
pub const GRADES: [char; 6] = [
    grade(85, None),
    grade(85, Some(7)),
    grade(85, Some(-50)),
    grade(75, Some(100)),
    grade(-3, None),
    grade(10, Some(0)),
];
