pub const fn sum(a: &[i32]) -> i32 {
    let p = a.as_ptr();
    let mut i = 0;
    let mut s: i32 = 0;
    while i < a.len() {
        s = s.wrapping_add(unsafe { *p.add(i) });
        i += 1;
    }
    s
}
pub const S: i32 = sum(&[1, 2, 3, 4, 5]);
pub const LAST: i32 = unsafe { *[9 as i32, 8, 7].as_ptr().add(2) };
pub const DIST: isize = unsafe { let a = [0 as i32; 6]; a.as_ptr().add(5).offset_from(a.as_ptr()) };
