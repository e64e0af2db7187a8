//@ mir-from: 4004 => 4002
// ptr.add past one-past-the-end.
const fn offset(a: &[u32; 3], i: usize) -> *const u32 {
    unsafe { (a as *const u32).add(i) }
}

const fn read(i: usize) -> u32 {
    let p = offset(&[10, 20, 30], i - 4000);
    unsafe { *p }
}

pub const R: u32 = read(4004);
