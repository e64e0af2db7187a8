pub const A: (u8, u8) = {
    let mut x = (1u8, 2u8);
    let ref r = x;
    let v = r.0;
    let ref mut m = x;
    m.1 = 9;
    (v, x.1)
};
pub union U { pub i: u32, pub f: f32, pub b: [u8; 4] }
pub const UI: u32 = unsafe { U { f: -2.0 }.i };
pub const UB: [u8; 4] = unsafe { U { i: 0x01020304 }.b };
pub const fn pick(o: &Option<(u8, u8)>) -> u8 {
    match *o {
        Some((ref a, _)) => *a,
        None => 0,
    }
}
pub const PICK: u8 = pick(&Some((4, 5)));
pub const fn deref_co(t: &&u32) -> u32 { inner(t) }
const fn inner(x: &u32) -> u32 { *x + 1 }
pub const DC: u32 = deref_co(&&41);
