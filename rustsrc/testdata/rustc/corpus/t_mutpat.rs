pub const fn bump(o: &mut Option<u32>) {
    if let Some(v) = o { *v += 10; }
}
pub const A: Option<u32> = { let mut o = Some(5); bump(&mut o); o };
pub const fn incr_all(xs: &mut [(u8, u8)]) {
    let mut i = 0;
    while i < xs.len() {
        let (a, b) = &mut xs[i];
        *a += 1;
        *b *= 2;
        i += 1;
    }
}
pub const B: [(u8, u8); 2] = { let mut x = [(1, 2), (3, 4)]; incr_all(&mut x); x };
pub const fn mixed(p: &mut (u8, (u8, u8))) -> u8 {
    let (a, (b, c)) = p;
    *a += *b + *c;
    *a
}
pub const C: u8 = { let mut p = (1, (2, 3)); mixed(&mut p) };
pub const fn shared_in_mut(p: &mut &(u8, u8)) -> u8 {
    let (a, b) = *p;
    *a + *b
}
pub const D: u8 = { let t = (4, 5); let mut r = &t; shared_in_mut(&mut r) };
pub const SZ: usize = core::mem::size_of_val(&[1u16; 5]);
