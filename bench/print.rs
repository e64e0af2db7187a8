// The printing benchmark: fill an array of N u8 through indexing; the
// benchmark renders the whole array as rustc's {:?} prints it.
#![allow(long_running_const_eval)]

pub const N: usize = 100_000; // small: 100

pub const RESULT: [u8; N] = {
    let mut a = [0u8; N];
    let mut i = 0;
    while i < N {
        a[i] = (i * 7 % 251) as u8;
        i += 1;
    }
    a
};
