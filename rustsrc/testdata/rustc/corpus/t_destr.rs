pub const fn fib(n: u32) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    let mut i = 0;
    while i < n {
        (a, b) = (b, a + b);
        i += 1;
    }
    a
}
pub const F: u64 = fib(50);
pub const SW: (u8, (i8, bool)) = {
    let mut x = 1u8;
    let mut y = -1i8;
    let mut z = false;
    (x, (y, z)) = (7, (-7, true));
    let _unused: () = ((_, _), x) = ((1, 2), x + 1);
    (x, (y, z))
};
