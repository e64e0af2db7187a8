// layouts.rs prints rustc's layouts of many types for eval/layout_test.go:
//   L TYPE SIZE ALIGN [OFFSETS]      size_of, align_of, offset_of! per field
//   V TYPE VARIANT BYTES             the bytes of a value of variant VARIANT
// The ADTs here are mirrored by Define calls in layout_test.go.
// Regenerate with gen-layouts.sh.
#![allow(dead_code)]
use std::cmp::Ordering;
use std::mem::{align_of, offset_of, size_of, ManuallyDrop, MaybeUninit};
use std::num::NonZero;
use std::ops::Range;

#[derive(Debug)] struct P { x: i32, y: i32 }
#[derive(Debug)] struct Mixed { a: u8, b: u32, c: u16 }
#[derive(Debug)] struct WithBool { a: u32, b: bool, c: u8 }
#[derive(Debug)] struct Wrap(u32, bool);
#[derive(Debug)] struct Unit;
struct Big { a: u8, b: u64, c: u8, d: u16, e: u128 }
#[derive(Debug)] struct NicheInner { a: u8, b: (u16, bool) }
#[derive(Debug)] struct ArrNiche { a: [u8; 4], b: bool }
#[repr(C)] struct CMixed { a: u8, b: u32, c: u16 }
#[repr(C)] struct CBig { a: u8, b: u64, c: u8 }
#[derive(Debug)] enum Color { Red, Green, Blue }
#[derive(Debug)] enum Big300 { A = 300, B }
#[derive(Debug)] enum Neg { A = -1, B = 1 }
#[repr(u8)] #[derive(Debug)] enum R8 { A, B = 7 }
#[repr(u32)] enum R32 { A, B }
#[repr(C)] enum RC { A, B }
#[derive(Debug)] enum E { A(u8), B(u32), C }
#[derive(Debug)] enum Shape { Circle(f64), Rect { w: u32, h: u32 }, Empty }
enum OnlyOne { V(u32) }
enum Void {}
enum WithNever { A(u8), B(std::convert::Infallible) }
#[derive(Debug)] enum Jagged { A(u32, bool), B(u8), C }
#[repr(u8)] #[derive(Debug)] enum RData { A(u32), B(u16) }
#[repr(C, u8)] #[derive(Debug)] enum RCData { A(u32), B(u8) }
#[derive(Debug)] enum Many { A(bool), B, C, D }
#[derive(Debug)] enum ManyBig { A(bool), B(u8), C }
#[derive(Debug)] enum PtrLike { A(&'static u8), B }

macro_rules! l {
    ($t:ty) => { println!("L\t{}\t{}\t{}", stringify!($t), size_of::<$t>(), align_of::<$t>()); };
    ($t:ty, $($f:tt),+) => {
        let offs: Vec<String> = vec![$(offset_of!($t, $f).to_string()),+];
        println!("L\t{}\t{}\t{}\t{}", stringify!($t), size_of::<$t>(), align_of::<$t>(), offs.join(","));
    };
}

macro_rules! v {
    ($t:ty, $variant:expr, $e:expr) => {{
        let x: $t = $e;
        let b = unsafe { std::slice::from_raw_parts(&x as *const $t as *const u8, size_of::<$t>()) };
        let hex: Vec<String> = b.iter().map(|b| format!("{b:02x}")).collect();
        println!("V\t{}\t{}\t{}\t{:?}", stringify!($t), $variant, hex.join(""), x);
        std::mem::forget(x);
    }};
}

static BYTE: u8 = 9;

fn main() {
    l!(bool); l!(char); l!(u8); l!(i16); l!(u32); l!(i64); l!(u128); l!(i128); l!(usize); l!(isize);
    l!(f32); l!(f64); l!(());
    l!((u8, u32), 0, 1); l!((u8, u32, u8), 0, 1, 2); l!((u32, u8, u16), 0, 1, 2); l!((u8, bool), 0, 1);
    l!((u64, bool), 0, 1); l!((bool, u64), 0, 1); l!((u8, u16, u8, u32), 0, 1, 2, 3); l!((u8,), 0);
    l!((u128, u8), 0, 1); l!((u8, u128), 0, 1); l!(((u8, u8), u16), 0, 1); l!((u8, [u8; 3], u32), 0, 1, 2);
    l!((u16, (u8, bool)), 0, 1); l!((bool, u8, u16), 0, 1, 2); l!((char, u8), 0, 1); l!((u8, char, u8), 0, 1, 2);
    l!([u8; 3]); l!([u32; 4]); l!([u8; 0]); l!([(u8, u16); 3]); l!([bool; 2]);
    l!(&u8); l!(&[u8]); l!(&str); l!(&dyn std::fmt::Debug); l!(*const u8); l!(*const [u8]); l!(fn()); l!(Box<u32>); l!(Box<[u8]>);
    l!(P, x, y); l!(Mixed, a, b, c); l!(WithBool, a, b, c); l!(Wrap, 0, 1); l!(Unit); l!(Big, a, b, c, d, e);
    l!(NicheInner, a, b); l!(ArrNiche, a, b); l!(CMixed, a, b, c); l!(CBig, a, b, c);
    l!(Option<&u8>); l!(Option<bool>); l!(Option<u8>); l!(Option<char>); l!(Option<Option<bool>>);
    l!(Option<(u8, bool)>); l!(Result<u32, ()>); l!(Option<u32>); l!(Option<u64>); l!(Option<&[u8]>);
    l!(Option<&str>); l!(Option<NonZero<u32>>); l!(NonZero<u8>); l!(Option<NonZero<i64>>); l!(Option<Ordering>);
    l!(Option<Option<u8>>); l!(Option<P>); l!(Option<WithBool>); l!(Option<Mixed>); l!(Option<Color>);
    l!(Option<E>); l!(Option<Shape>); l!(Result<bool, u8>); l!(Result<u8, bool>); l!(Result<u64, u8>);
    l!(Result<(), bool>); l!(Result<&u8, u32>); l!(Option<fn()>); l!(Option<Box<u8>>); l!(Option<(bool, bool)>);
    l!(Option<Option<Option<bool>>>); l!(Option<[bool; 2]>); l!(Option<ArrNiche>); l!(Option<NicheInner>);
    l!(Option<()>); l!(Option<Unit>); l!(Option<Void>); l!(Option<u128>); l!(Option<f64>); l!(Option<Range<u8>>);
    l!(Ordering); l!(Color); l!(Big300); l!(Neg); l!(R8); l!(R32); l!(RC); l!(E); l!(Shape); l!(OnlyOne); l!(Void);
    l!(WithNever); l!(Jagged); l!(RData); l!(RCData); l!(Many); l!(ManyBig); l!(PtrLike); l!(Range<u8>, start, end);
    l!(Range<usize>); l!(ManuallyDrop<u16>); l!(MaybeUninit<u32>); l!(MaybeUninit<(u8, u16)>);
    l!(Option<MaybeUninit<bool>>); l!(std::marker::PhantomData<u64>); l!(Option<ManuallyDrop<bool>>);
    l!(Option<std::cell::Cell<bool>>); l!(Result<Result<u8, bool>, bool>); l!(Option<Result<bool, ()>>);

    v!(Option<u8>, 0, None); v!(Option<u8>, 1, Some(5)); v!(Option<bool>, 0, None); v!(Option<bool>, 1, Some(true));
    v!(Option<char>, 0, None); v!(Option<&u8>, 0, None); v!(Option<Option<bool>>, 0, None);
    v!(Option<Option<bool>>, 1, Some(None)); v!(Option<Option<bool>>, 1, Some(Some(false)));
    v!(Ordering, 0, Ordering::Less); v!(Ordering, 1, Ordering::Equal); v!(Ordering, 2, Ordering::Greater);
    v!(Option<Ordering>, 0, None); v!(Color, 2, Color::Blue); v!(Big300, 1, Big300::B); v!(Neg, 0, Neg::A);
    v!(R8, 1, R8::B); v!(E, 0, E::A(3)); v!(E, 1, E::B(9)); v!(E, 2, E::C); v!(Shape, 1, Shape::Rect { w: 1, h: 2 });
    v!(Shape, 2, Shape::Empty); v!(Jagged, 1, Jagged::B(4)); v!(Jagged, 2, Jagged::C); v!(Many, 1, Many::B);
    v!(Many, 3, Many::D); v!(ManyBig, 2, ManyBig::C); v!(ManyBig, 1, ManyBig::B(7)); v!(PtrLike, 1, PtrLike::B);
    v!(Result<u32, ()>, 1, Err(())); v!(Result<bool, u8>, 1, Err(3)); v!(Option<Option<u8>>, 0, None);
    v!(Option<Option<u8>>, 1, Some(None)); v!(Option<Color>, 0, None); v!(Option<E>, 0, None);
    v!(Option<Option<Option<bool>>>, 0, None); v!(Option<NonZero<u32>>, 0, None); v!(RData, 1, RData::B(2));
    v!(RCData, 1, RCData::B(2)); v!(Option<Shape>, 0, None); v!(Result<Result<u8, bool>, bool>, 1, Err(true));
    v!(Option<Result<bool, ()>>, 0, None); v!(Option<WithBool>, 0, None); v!(Option<NicheInner>, 0, None);
    v!(P, -1, P { x: 1, y: -2 }); v!(Mixed, -1, Mixed { a: 1, b: 70000, c: 3 }); v!(Wrap, -1, Wrap(7, true));
    v!(Unit, -1, Unit); v!((u8, bool), -1, (200, false)); v!((i64,), -1, (-5,)); v!((), -1, ());
    v!([u16; 3], -1, [1, 2, 65535]); v!((f32, f64), -1, (0.1, 1e-7)); v!([f64; 4], -1, [1.0, -0.0, f64::INFINITY, 1e16]);
    v!((char, char, char), -1, ('a', '\n', '\'')); v!(Option<(u8, bool)>, -1, Some((3, true)));
    v!(NicheInner, -1, NicheInner { a: 1, b: (2, true) }); v!(ArrNiche, -1, ArrNiche { a: [1, 2, 3, 4], b: false });
    v!(Range<u8>, -1, 1..5); v!(Option<NonZero<u32>>, -1, NonZero::new(5)); v!(Ordering, -1, Ordering::Less);
    v!(Result<u32, ()>, -1, Ok(1)); v!(Option<Option<bool>>, -1, Some(Some(true))); v!(i128, -1, i128::MIN);
    v!(std::marker::PhantomData<u64>, -1, std::marker::PhantomData);
    let _ = &BYTE;
}
