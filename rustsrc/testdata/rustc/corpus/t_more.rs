pub const K: u32 = 3;
#[derive(Debug, Clone, Copy)]
pub enum Flag { A = 1 << 4, B = K as isize + 1, C }
#[derive(Debug, Clone, Copy)]
pub struct Cell { pub v: i16, pub marks: [bool; 3] }
#[derive(Debug, Clone, Copy)]
pub struct Grid { pub cells: [Cell; 2], pub id: u8 }
pub struct Counter { n: u64 }
impl Counter {
    pub const START: u64 = 10;
    pub const DOUBLE: u64 = Self::START * 2;
    pub const fn new() -> Counter { Counter { n: Self::DOUBLE } }
    pub const fn tick(&mut self) -> u64 { self.n += Self::START; self.n }
}
pub const FLAGS: [isize; 3] = [Flag::A as isize, Flag::B as isize, Flag::C as isize];
pub const GRID: Grid = {
    let mut g = Grid { cells: [Cell { v: 0, marks: [false; 3] }; 2], id: 7 };
    g.cells[1].v = -300;
    g.cells[0].marks[2] = true;
    g.id += 1;
    g
};
pub const TICKS: (u64, u64) = {
    let mut c = Counter::new();
    let a = c.tick();
    let b = c.tick();
    (a, b)
};
pub const LATE: u32 = {
    let x;
    if K > 2 { x = 10; } else { x = 20; }
    x
};
pub const CHAIN: i32 = 200u8 as i8 as i32;
pub const LITMETH: (u32, i32, u64) = (5u32.pow(2), (-5i32).abs(), 7u64.leading_zeros() as u64);
pub const BIG: u128 = u128::MAX / 3 * 2 + 17;
pub const IBIG: i128 = i128::MIN / 7;
pub const fn grade(c: char) -> u8 {
    match c {
        'a'..='f' => 1,
        'A' | 'B' => 2,
        '0'..='9' => 3,
        _ => 0,
    }
}
pub const GRADES: [u8; 5] = [grade('c'), grade('B'), grade('5'), grade('z'), grade('A')];
pub const FLOATS: [f64; 6] = [1e-7, 1e21, 1e15, 0.1, -2.5e-3, 123456789.125];
pub const F32S: [f32; 4] = [0.1, 16777216.0, 1e-10, 3.4028235e38];
pub const fn destr(w: (u8, (i8, bool))) -> i32 {
    let (a, (b, c)) = w;
    if c { a as i32 - b as i32 } else { 0 }
}
pub const DESTR: i32 = destr((10, (-5, true)));
pub const OPT2: [Option<Option<u8>>; 3] = [Some(Some(1)), Some(None), None];
pub const fn depth(o: Option<Option<u8>>) -> u8 {
    match o {
        Some(Some(n)) if n > 0 => n,
        Some(Some(_)) => 100,
        Some(None) => 200,
        None => 255,
    }
}
pub const DEPTHS: [u8; 3] = [depth(OPT2[0]), depth(OPT2[1]), depth(OPT2[2])];
pub const fn find(hay: &[u8], needle: u8) -> Option<usize> {
    let mut i = 0;
    loop {
        if i >= hay.len() {
            return None;
        }
        if hay[i] == needle {
            return Some(i);
        }
        i += 1;
    }
}
pub const FOUND: (Option<usize>, Option<usize>) = (find(b"abcdef", b'd'), find(b"abc", b'z'));
pub const MATCHES: [bool; 3] = [matches!(FLAGS[0], 16), matches!(FOUND.0, Some(n) if n > 5), matches!(GRADES[4], 1 | 2)];
pub const SC: bool = {
    let v = [1u8, 2];
    let i = 5;
    i < v.len() && v[i] == 1
};
pub static mut COUNTER: u32 = 5;
pub const SLICE: &[i32] = &[1, -2, 3];
pub const SLEN: usize = SLICE.len();
pub const SFIRST: Option<&i32> = SLICE.first();
pub const WRAPNEG: (i8, u16) = (i8::MIN.wrapping_neg(), 0u16.wrapping_sub(1));
pub const TUPSTRUCT: (u8, bool) = {
    let w = Wrap(4, false);
    let Wrap(a, b) = w;
    (a * 2, !b)
};
#[derive(Clone, Copy)]
pub struct Wrap(u8, bool);
