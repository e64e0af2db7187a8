//! The core and alloc types const code uses: their values and sizes as
//! rustc lays them out, and macros in type and pattern position.

extern crate alloc;

use alloc::borrow::Cow;
use core::cell::Cell;
use core::mem::{size_of, ManuallyDrop};
use core::num::Wrapping;
use core::ops::{Range, RangeInclusive};

pub const W: Wrapping<u8> = Wrapping(250);
pub const W0: u8 = W.0;
pub static WS: Wrapping<u32> = Wrapping(7);
pub const R: Range<u8> = 1..5;
pub const R2: Range<u32> = Range { start: 2, end: 9 };
pub const R_LEN: u8 = R.end - R.start;
pub const RI: RangeInclusive<u8> = 0..=9;
pub const MD: ManuallyDrop<u32> = ManuallyDrop::new(5);
pub const MD_INNER: u32 = ManuallyDrop::into_inner(MD);
pub const C: Cell<u32> = Cell::new(3);
pub const V: Vec<u8> = Vec::new();
pub const S: String = String::new();

pub const SIZES: [usize; 14] = [
    size_of::<Vec<u8>>(),
    size_of::<String>(),
    size_of::<Box<u8>>(),
    size_of::<Box<[u8]>>(),
    size_of::<Box<str>>(),
    size_of::<Option<Box<u8>>>(),
    size_of::<Option<Vec<u8>>>(),
    size_of::<Option<String>>(),
    size_of::<Cell<u8>>(),
    size_of::<Option<Cell<bool>>>(),
    size_of::<Range<u64>>(),
    size_of::<RangeInclusive<u8>>(),
    size_of::<Wrapping<u16>>(),
    size_of::<ManuallyDrop<u64>>(),
];

#[derive(Debug)]
pub enum Class {
    Digits(Range<u8>),
    Letters(RangeInclusive<char>),
    Other,
}

pub const DIGITS: Class = Class::Digits(b'0'..b'9' + 1);
pub const LETTERS: Class = Class::Letters('a'..='z');
pub const CLASS_SIZE: usize = size_of::<Class>();

pub struct Table {
    pub names: Vec<&'static str>,
    pub title: String,
    pub hits: Cell<u32>,
}

pub const EMPTY: Table = Table { names: Vec::new(), title: String::new(), hits: Cell::new(0) };
pub const TABLE_SIZE: usize = size_of::<Table>();
pub const C_GET: u32 = Cell::new(3).get();

macro_rules! word {
    () => {
        u16
    };
}
macro_rules! small {
    () => {
        0..=9
    };
}
macro_rules! pair {
    ($t:ty) => {
        ($t, $t)
    };
}

pub const T: word!() = 7;
pub const P: pair!(u8) = (1, 2);

pub const fn is_small(x: u8) -> bool {
    match x {
        small!() => true,
        _ => false,
    }
}

pub const SMALL: [bool; 2] = [is_small(4), is_small(40)];

pub type Bytes = Cow<'static, [u8]>;

#[derive(Debug)]
pub struct Alphabet(pub Bytes);

impl Alphabet {
    pub const fn new(symbols: &'static [u8]) -> Alphabet {
        Alphabet(Cow::Borrowed(symbols))
    }
}

pub const HEX: Alphabet = Alphabet::new(b"0123456789abcdef");
pub const NAME: Cow<'static, str> = Cow::Borrowed("coretypes");
pub const NOTHING: Bytes = Cow::Owned(Vec::new());
pub const COW_SIZES: [usize; 4] = [
    size_of::<Cow<'static, [u8]>>(),
    size_of::<Cow<'static, str>>(),
    size_of::<Cow<'static, u32>>(),
    size_of::<Option<Cow<'static, str>>>(),
];

pub mod wire {
    #[derive(Debug)]
    pub struct Error {
        pub code: u8,
        pub fatal: bool,
    }
    pub const TIMEOUT: Error = Error { code: 7, fatal: false };
}

pub mod parse {
    #[derive(Debug)]
    pub enum Error {
        Eof,
        Bad(u32, char),
    }
    pub const BAD: Error = Error::Bad(300, 'x');
}

pub const ERRORS: (wire::Error, parse::Error) = (wire::TIMEOUT, parse::Error::Eof);
pub const ERROR_SIZES: [usize; 2] = [size_of::<wire::Error>(), size_of::<parse::Error>()];

pub const PAIR: (u8, u64) = ManuallyDrop::into_inner(ManuallyDrop::new((1, 2)));
pub const CELL_ARRAY: [u16; 3] = Cell::new([1, 2, 3]).into_inner();
pub const CELL_CHAR: char = Cell::new('x').get();

pub const fn bump(c: &Cell<u32>) -> u32 {
    c.get() + 1
}

pub const BUMPED: u32 = bump(&Cell::new(41));
