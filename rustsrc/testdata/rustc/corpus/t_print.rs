#[derive(Debug, Clone, Copy)]
pub enum E { A, B(i8), C { x: u8, y: (bool, char) } }
#[derive(Debug, Clone, Copy)]
pub struct Empty {}
#[derive(Debug, Clone, Copy)]
pub struct T3(u8, u16, u32);
#[derive(Debug)]
pub struct Refs<'a> { pub s: &'a str, pub b: &'a [u8], pub n: &'a [&'a str] }
pub const ES: [E; 3] = [E::A, E::B(-1), E::C { x: 1, y: (false, '\t') }];
pub const EMPTY: Empty = Empty {};
pub const T: T3 = T3(1, 2, 3);
pub const R: Refs = Refs { s: "a\"b\\c\u{7f}", b: b"\x00\xff", n: &["x", "y"] };
pub const NESTED: Option<Result<(u8, &str), E>> = Some(Err(E::B(5)));
pub const NESTED2: Result<Option<u8>, ()> = Ok(None);
pub const FL: [f32; 6] = [0.0, -0.0, 1.5, 1e10, 1.0e-5, f32::MIN_POSITIVE];
pub const FD: [f64; 5] = [1.0, 100.0, 1e16, 1.1e-4, f64::EPSILON];
pub const CH: [char; 5] = ['\0', '\u{301}', 'é', '\u{10FFFF}', '"'];
pub const STRS: [&str; 3] = ["\u{301}x", "tab\there", "nul\0"];
pub const U128S: [u128; 2] = [u128::MAX, 1 << 100];
pub const I128S: [i128; 2] = [i128::MIN, -(1 << 100)];
pub const SZ: [usize; 10] = [
    core::mem::size_of::<E>(),
    core::mem::size_of::<Option<E>>(),
    core::mem::size_of::<Option<bool>>(),
    core::mem::size_of::<Option<char>>(),
    core::mem::size_of::<Option<Option<bool>>>(),
    core::mem::size_of::<Refs>(),
    core::mem::size_of::<T3>(),
    core::mem::align_of::<T3>(),
    core::mem::size_of::<[T3; 3]>(),
    core::mem::size_of::<Result<u8, ()>>(),
];
#[repr(C, align(8))]
pub struct Al { a: u8 }
#[repr(u16)]
pub enum R16 { X = 7, Y }
pub const SZ2: (usize, usize, usize, usize) = (core::mem::size_of::<Al>(), core::mem::align_of::<Al>(), core::mem::size_of::<R16>(), core::mem::size_of::<Option<R16>>());
pub const UNIT_ARR: [(); 3] = [(); 3];
pub const ZST: [u8; 0] = [];
pub const BOOLS: [bool; 2] = [true, false];
pub const TUP1: (u8,) = (5,);
pub const REF_TO_TUPLE: &(i32, &[u8]) = &(1, &[2, 3]);
pub const OPT_REF: Option<&u32> = Some(&7);
pub static SREF: &[u16] = &[1, 2, 3];
pub const BIGARR: [u8; 40] = [7; 40];
