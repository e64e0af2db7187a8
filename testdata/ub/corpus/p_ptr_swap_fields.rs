pub struct Pair { pub a: u32, pub b: u32 }
pub const P: (u32, u32) = {
    let mut p = Pair { a: 1, b: 2 };
    unsafe { std::ptr::swap(&mut p.a, &mut p.b) };
    (p.a, p.b)
};
