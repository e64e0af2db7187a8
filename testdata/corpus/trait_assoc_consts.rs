// Trait impls with associated consts; non-const trait code alongside.
pub trait Shape {
    const SIDES: u32;
    const NAME: &'static str;
    fn describe(&self) -> String {
        format!("{} with {} sides", Self::NAME, Self::SIDES)
    }
}

#[derive(Debug)]
pub struct Triangle;
#[derive(Debug)]
pub struct Square(pub u32);

impl Shape for Triangle {
    const SIDES: u32 = 3;
    const NAME: &'static str = "triangle";
}

impl Shape for Square {
    const SIDES: u32 = Triangle::SIDES + 1;
    const NAME: &'static str = "square";
    fn describe(&self) -> String {
        format!("square of side {}", self.0)
    }
}

pub trait Bits {
    const WIDTH: u32;
    const ONES: u128;
}

impl Bits for u8 {
    const WIDTH: u32 = 8;
    const ONES: u128 = (1 << Self::WIDTH) - 1;
}

impl Bits for u16 {
    const WIDTH: u32 = 16;
    const ONES: u128 = (1 << <u16 as Bits>::WIDTH) - 1;
}

impl Bits for bool {
    const WIDTH: u32 = 1;
    const ONES: u128 = 1;
}

pub const TOTAL_SIDES: u32 = <Triangle as Shape>::SIDES + <Square as Shape>::SIDES;
pub const WIDTHS: [u32; 3] = [<u8 as Bits>::WIDTH, <u16 as Bits>::WIDTH, <bool as Bits>::WIDTH];
pub const ONES: (u128, u128) = (<u8 as Bits>::ONES, u16::ONES);
pub const NAMES: [&str; 2] = [Triangle::NAME, Square::NAME];

pub fn all_descriptions() -> Vec<String> {
    vec![Triangle.describe(), Square(4).describe()]
}

pub fn print_all() {
    for d in all_descriptions() {
        println!("{d}");
    }
}
