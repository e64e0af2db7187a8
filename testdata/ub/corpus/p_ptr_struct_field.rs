#[derive(Debug, Clone, Copy)]
pub struct Point { pub x: i32, pub y: i32 }
pub const fn bump(mut p: Point) -> Point {
    let q = &raw mut p.y;
    unsafe { *q += 10 };
    p
}
pub const P: Point = bump(Point { x: 1, y: 2 });
pub const Y: i32 = { let p = P; unsafe { *std::ptr::addr_of!(p.y) } };
