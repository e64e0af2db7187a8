#[derive(Debug, Clone, Copy)]
pub struct Pair<T> { pub a: T, pub b: T }
#[derive(Debug, Clone, Copy)]
pub struct Buf<const N: usize> { pub data: [u8; N], pub len: usize }
#[derive(Debug, Clone, Copy)]
pub enum Either<L, R> { Left(L), Right(R) }
pub const P: Pair<u8> = Pair { a: 1, b: 2 };
pub const Q: Pair<(bool, char)> = Pair { a: (true, 'x'), b: (false, 'y') };
pub const B: Buf<3> = Buf { data: [1, 2, 3], len: 2 };
pub const E: [Either<u8, i16>; 2] = [Either::Left(5), Either::Right(-300)];
pub const fn total(b: Buf<3>) -> u32 {
    let mut i = 0;
    let mut s = 0;
    while i < b.len { s += b.data[i] as u32; i += 1; }
    s
}
pub const T: u32 = total(B);
pub const fn swap(p: Pair<i32>) -> Pair<i32> { Pair { a: p.b, b: p.a } }
pub const S: Pair<i32> = swap(Pair { a: -1, b: 7 });
pub const fn side(e: Either<u8, i16>) -> i32 {
    match e {
        Either::Left(x) => x as i32,
        Either::Right(y) => y as i32,
    }
}
pub const SIDES: (i32, i32) = (side(E[0]), side(E[1]));
pub const SZ: (usize, usize) = (core::mem::size_of::<Buf<5>>(), core::mem::size_of::<Either<u8, u32>>());
