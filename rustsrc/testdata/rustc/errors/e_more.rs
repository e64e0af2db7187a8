pub struct Counter { n: u8 }
impl Counter {
    pub const fn step(&mut self) -> u8 {
        self.n += 100;
        self.n
    }
}
pub const C1: u8 = {
    let mut c = Counter { n: 50 };
    c.step();
    c.step()
};
pub const fn squares<const N: usize>() -> [u32; N] {
    let mut out = [0u32; N];
    let mut i = 0;
    while i <= N {
        out[i] = (i * i) as u32;
        i += 1;
    }
    out
}
pub const SQ: [u32; 3] = squares::<3>();
pub struct Buf<const N: usize> { d: [u8; N] }
impl<const N: usize> Buf<N> {
    pub const fn get(&self, i: usize) -> u8 { self.d[i] }
}
pub const BG: u8 = Buf::<2> { d: [1, 2] }.get(7);
pub const fn avg(xs: &[u32]) -> u32 {
    let mut s = 0;
    let mut i = 0;
    while i < xs.len() { s += xs[i]; i += 1; }
    s / xs.len() as u32
}
pub const AVG: u32 = avg(&[]);
pub static ST: u16 = {
    let a: u16 = 60000;
    a + a / 2
};
pub const NESTED: i64 = outer(3);
const fn outer(n: i64) -> i64 { middle(n) * 2 }
const fn middle(n: i64) -> i64 { inner(n - 3) }
const fn inner(d: i64) -> i64 { 100 / d }
pub const MSG: () = {
    let v = 3;
    if v > 2 { panic!("v too large") }
};
pub const fn check(x: u32) -> u32 { assert!(x < 10, "x out of range"); x }
pub const CHK: u32 = check(20) + 1;
pub const LOOP_OV: u8 = {
    let mut x = 250u8;
    loop {
        x += 3;
    }
};
