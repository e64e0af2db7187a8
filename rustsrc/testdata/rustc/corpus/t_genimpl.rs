#[derive(Debug, Clone, Copy)]
pub struct Buf<const N: usize> { data: [u8; N], len: usize }
impl<const N: usize> Buf<N> {
    pub const CAP: usize = N;
    pub const fn new() -> Self { Buf { data: [0; N], len: 0 } }
    pub const fn push(&mut self, b: u8) -> bool {
        if self.len == Self::CAP { return false; }
        self.data[self.len] = b;
        self.len += 1;
        true
    }
    pub const fn sum(&self) -> u32 {
        let mut i = 0;
        let mut s = 0;
        while i < self.len { s += self.data[i] as u32; i += 1; }
        s
    }
}
#[derive(Debug, Clone, Copy)]
pub struct W<T> { v: T }
impl<T: Copy> W<T> {
    pub const fn new(v: T) -> W<T> { W { v } }
    pub const fn get(self) -> T { self.v }
    pub const fn pair(self, o: T) -> (T, T) { (self.v, o) }
}
pub const B: Buf<4> = {
    let mut b = Buf::<4>::new();
    b.push(3);
    b.push(4);
    b
};
pub const FULL: (bool, bool, Buf<2>) = {
    let mut b: Buf<2> = Buf::new();
    let x = b.push(1);
    b.push(2);
    let y = b.push(3);
    (x, y, b)
};
pub const SUM: u32 = B.sum();
pub const CAP: usize = Buf::<7>::CAP;
pub const WV: (u8, (char, char)) = (W::new(9u8).get(), W::new('a').pair('b'));
