// learn.rs: ADTs whose definitions eval/adt_test.go learns from the MIR
// (learn.mir, rustc --emit=mir) and whose layouts it compares with the
// sizes this program prints (learn.out). Regenerate with gen-learn.sh.
#![allow(dead_code)]
use std::mem::{align_of, size_of};

#[derive(Debug)] struct P { x: i32, y: i32 }
#[derive(Debug)] struct Wrap(u32, bool);
#[derive(Debug)] struct Unit;
#[derive(Debug)] enum Color { Red, Green, Blue }
#[derive(Debug)] enum E { A(u8), B(u32), C }
#[derive(Debug)] enum Shape { Circle(f64), Rect { w: u32, h: u16 }, Empty }
#[derive(Debug)] #[repr(u8)] enum Small { X = 3, Y = 9 }
#[derive(Debug)] enum Neg { A = -1, B = 1 }
#[derive(Debug)] struct Mixed { a: u8, b: u32, c: Option<bool> }

const CP: P = P { x: 1, y: 2 };
const CW: Wrap = Wrap(7, true);
const CC: Color = Color::Blue;
const CE: E = E::B(9);
const CS: Shape = Shape::Rect { w: 3, h: 4 };
const CM: Mixed = Mixed { a: 1, b: 2, c: Some(true) };

macro_rules! l {
    ($($t:ty),*) => {$( println!("{}\t{}\t{}", stringify!($t), size_of::<$t>(), align_of::<$t>()); )*};
}

fn main() {
    l!(P, Wrap, Unit, Color, E, Shape, Small, Neg, Mixed, Option<E>, Option<Color>);
    println!("{:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}", CP, CW, CC, CE, CS, CM, Small::X, Neg::A);
}
