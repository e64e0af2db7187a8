// Reading one element past the end through a raw pointer.
const fn read(a: &[u32; 3], i: usize) -> u32 {
    unsafe { *(a as *const u32).add(i) }
}

pub const R: u32 = read(&[10, 20, 30], 3);
