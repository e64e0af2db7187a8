pub const fn sum(a: &[u32]) -> u32 {
    let p = a.as_ptr();
    let mut i = 0;
    let mut s: u32 = 0;
    while i < a.len() {
        s = s.wrapping_add(unsafe { *p.add(i) });
        i += 1;
    }
    s
}
pub const S: u32 = sum(&[1, 2, 3, 4, 5]);
pub const LAST: u32 = unsafe { *[9 as u32, 8, 7].as_ptr().add(2) };
pub const DIST: isize = unsafe { let a = [0 as u32; 6]; a.as_ptr().add(5).offset_from(a.as_ptr()) };
