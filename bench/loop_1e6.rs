// The loop benchmark at N = 10^6: one million iterations of a wrapping sum.
#![allow(long_running_const_eval)]

pub const N: u64 = 1_000_000; // small: 1_000

pub const RESULT: u64 = {
    let mut s: u64 = 0;
    let mut i: u64 = 0;
    while i < N {
        s = s.wrapping_add(i * i % 7);
        i += 1;
    }
    s
};
