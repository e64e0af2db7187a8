// A long but finite loop: 50 million iterations exceed the step limit.
const fn f() -> u64 {
    let mut s = 0u64;
    let mut i = 0u64;
    while i < 50_000_000 {
        s = s.wrapping_add(i);
        i += 1;
    }
    s
}

pub const B: u64 = f();
