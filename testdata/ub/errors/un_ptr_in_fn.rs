union Addr { r: &'static [u8], n: (usize, usize) }
const fn len_of(s: &'static [u8]) -> usize {
    let a = Addr { r: s };
    unsafe { a.n.1 + a.n.0 }
}
pub const L: usize = len_of(b"abc");
