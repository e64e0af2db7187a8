//@ mir-from: 5101 => 52
// A pointer transmuted to an integer in `addr`; the transmute itself is fine, the
// arithmetic on the result in `outer` fails.
const fn addr(x: &u8, n: usize) -> usize {
    if n > 4000 { unsafe { std::mem::transmute::<&u8, usize>(x) } } else { n }
}

const fn outer(n: usize) -> usize {
    addr(&5, n) + 1
}

pub const A: usize = outer(5101);
