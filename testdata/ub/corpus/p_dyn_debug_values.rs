use std::fmt::Debug;
#[derive(Debug)]
pub struct Point { pub x: i32, pub y: i32 }
#[derive(Debug)]
pub enum Mode { Off, On(u8) }
pub const INT: &dyn Debug = &-17i64;
pub const FLOAT: &dyn Debug = &2.5f64;
pub const CHAR: &dyn Debug = &'q';
pub const STR: &dyn Debug = &"text";
pub const TUPLE: &dyn Debug = &(1u8, false, 'z');
pub const ARRAY: &dyn Debug = &[3u16, 4, 5];
pub const SLICE: &dyn Debug = &[1i8, -1];
pub const OPTION: &dyn Debug = &Some(42u32);
pub const NONE: &dyn Debug = &None::<u8>;
pub const POINT: &dyn Debug = &Point { x: 3, y: -4 };
pub const MODE: &dyn Debug = &Mode::On(9);
pub const OFF: &dyn Debug = &Mode::Off;
pub const UNIT: &dyn Debug = &();
pub const NESTED: &dyn Debug = &&&7u8;
