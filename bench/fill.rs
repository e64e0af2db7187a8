// The memory benchmark: fill an array of N u32 through indexing, then fold
// it into a checksum.
#![allow(long_running_const_eval)]

pub const N: usize = 1_000_000; // small: 1_000

pub const RESULT: u64 = {
    let mut a = [0u32; N];
    let mut i = 0;
    while i < N {
        a[i] = (i * 3 % 7) as u32;
        i += 1;
    }
    let mut sum: u64 = 0;
    let mut j = 0;
    while j < N {
        sum = sum.wrapping_mul(31).wrapping_add(a[j] as u64);
        j += 1;
    }
    sum
};
